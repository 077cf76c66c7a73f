namespace Publisher.Site.Output;

/// <summary>
/// Publishes a validated staging folder into the output folder: moves in only files whose bytes changed (the others
/// keep their modification times), removes files the new build no longer has, and marks the folder as Publisher's.
/// </summary>
public static class SiteSync
{
    public static SyncResult Publish(string staging, string output)
    {
        if (OutputFolder.Refusal(output) is { } refusal)
        {
            throw new PublishException(refusal);
        }

        if (Nested(Path.GetFullPath(staging), Path.GetFullPath(output)))
        {
            throw new PublishException($"the staging folder {Path.GetFullPath(staging)} and the output folder {Path.GetFullPath(output)} must not lie one inside the other");
        }

        if (!Directory.Exists(staging))
        {
            throw new PublishException($"the staging folder {Path.GetFullPath(staging)} does not exist; render the site first");
        }

        if (!Directory.Exists(output) || !Directory.EnumerateFileSystemEntries(output).Any())
        {
            if (MoveInto(staging, output) is { } moved)
            {
                return moved;
            }
        }

        Directory.CreateDirectory(output);
        var written = 0;
        var unchanged = 0;
        var staged = SiteManifest.Read(staging);
        var published = SiteManifest.Read(output);
        var manifest = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        var wanted = new HashSet<string>(StringComparer.Ordinal) { OutputFolder.MarkerFile, SiteManifest.FileName };
        foreach (var source in Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).ToList())
        {
            var relative = Path.GetRelativePath(staging, source);
            if (relative == StagingWriter.MarkerFile || relative == SiteManifest.FileName)
            {
                continue;
            }

            wanted.Add(relative);
            var target = Path.Combine(output, relative);
            var hash = HashOf(relative, source, staged);
            if (Unchanged(source, target, hash, published.GetValueOrDefault(relative)))
            {
                manifest[relative] = Entry(target, hash);
                unchanged++;
                continue;
            }

            // A move, not a copy: the staging folder is removed once published.
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(source, target, overwrite: true);
            manifest[relative] = Entry(target, hash);
            written++;
        }

        SiteManifest.Write(output, manifest);
        var removed = 0;
        foreach (var existing in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToList())
        {
            if (!wanted.Contains(Path.GetRelativePath(output, existing)))
            {
                File.Delete(existing);
                removed++;
            }
        }

        foreach (var directory in Directory.EnumerateDirectories(output, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(directory).Any())
            {
                Directory.Delete(directory);
            }
        }

        Mark(output);
        return new SyncResult(written, unchanged, removed);
    }

    /// <summary>
    /// A first publish into a missing or empty output folder: the staging folder becomes the output folder, one
    /// rename instead of a copy of every file. Null when the two lie on different file systems (then it copies).
    /// </summary>
    private static SyncResult? MoveInto(string staging, string output)
    {
        try
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output);
            }

            Directory.Move(staging, output);
        }
        catch (IOException)
        {
            return null;
        }

        File.Delete(Path.Combine(output, StagingWriter.MarkerFile));
        var staged = SiteManifest.Read(output);
        var manifest = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(output, file);
            if (relative != SiteManifest.FileName)
            {
                manifest[relative] = Entry(file, HashOf(relative, file, staged));
            }
        }

        SiteManifest.Write(output, manifest);
        Mark(output);
        return new SyncResult(manifest.Count, 0, 0);
    }

    /// <summary>Rewritten only when missing, so an unchanged build leaves every file's modification time alone.</summary>
    private static void Mark(string output)
    {
        var marker = Path.Combine(output, OutputFolder.MarkerFile);
        if (!File.Exists(marker))
        {
            File.WriteAllText(marker, "This folder is written by Publisher; it may be cleared and rewritten on every build.\n");
        }
    }

    private static bool Nested(string a, string b)
    {
        a = Path.TrimEndingDirectorySeparator(a) + Path.DirectorySeparatorChar;
        b = Path.TrimEndingDirectorySeparator(b) + Path.DirectorySeparatorChar;
        return a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);
    }

    /// <summary>
    /// Whether the published file already holds these bytes: told by the output's manifest when the file's size and
    /// time are what it recorded, by reading both files otherwise.
    /// </summary>
    private static bool Unchanged(string source, string target, string hash, ManifestEntry? known)
    {
        var published = new FileInfo(target);
        if (!published.Exists)
        {
            return false;
        }

        return known is not null && known.Size == published.Length && known.Ticks == published.LastWriteTimeUtc.Ticks
            ? known.Hash == hash
            : SameBytes(source, target);
    }

    /// <summary>A staged file's hash: from the render's manifest, or read (Pagefind's files are not in it).</summary>
    private static string HashOf(string relative, string file, Dictionary<string, ManifestEntry> staged) =>
        staged.TryGetValue(relative, out var entry) ? entry.Hash : SiteManifest.Hash(File.ReadAllBytes(file));

    private static ManifestEntry Entry(string file, string hash)
    {
        var info = new FileInfo(file);
        return new ManifestEntry(hash, info.Length, info.LastWriteTimeUtc.Ticks);
    }

    private static bool SameBytes(string a, string b)
    {
        var left = new FileInfo(a);
        var right = new FileInfo(b);
        return left.Length == right.Length && File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));
    }
}
