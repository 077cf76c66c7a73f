namespace Publisher.Site.Output;

/// <summary>
/// Publishes a validated staging folder into the output folder: writes only files whose bytes changed (the others
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

        Directory.CreateDirectory(output);
        var written = 0;
        var unchanged = 0;
        var sources = Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories).ToList();
        var wanted = new HashSet<string>(sources.Select(source => Path.GetRelativePath(staging, source)), StringComparer.Ordinal) { OutputFolder.MarkerFile };

        // Files are compared and copied in parallel: a large edition has tens of thousands of them.
        Parallel.ForEach(sources, source =>
        {
            var target = Path.Combine(output, Path.GetRelativePath(staging, source));
            if (File.Exists(target) && SameBytes(source, target))
            {
                Interlocked.Increment(ref unchanged);
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target, overwrite: true);
            Interlocked.Increment(ref written);
        });

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

        File.WriteAllText(Path.Combine(output, OutputFolder.MarkerFile), "This folder is written by Publisher; it may be cleared and rewritten on every build.\n");
        return new SyncResult(written, unchanged, removed);
    }

    private static bool SameBytes(string a, string b)
    {
        var left = new FileInfo(a);
        var right = new FileInfo(b);
        return left.Length == right.Length && File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));
    }
}
