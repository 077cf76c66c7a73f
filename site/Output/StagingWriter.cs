namespace Publisher.Site.Output;

/// <summary>
/// Writes a build's files into a fresh staging folder; every path is checked to stay inside it. The folder is
/// cleared first, so it must be one Publisher made (marked by <see cref="MarkerFile"/>), an empty one or a new one:
/// a <c>--staging</c> that names a folder of someone else's files is refused and keeps them.
/// </summary>
public static class StagingWriter
{
    /// <summary>The file that marks a folder as Publisher's staging folder; it is never published.</summary>
    public const string MarkerFile = ".publisher-staging";

    public static void Write(string staging, IEnumerable<SiteFile> files)
    {
        var root = Path.GetFullPath(staging);
        if (Refusal(root) is { } refusal)
        {
            throw new PublishException(refusal);
        }

        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, MarkerFile), "A staging folder of Publisher: rebuilt on every render, published only when valid.\n");
        foreach (var file in files)
        {
            var target = Path.GetFullPath(Path.Combine(root, file.Path));
            if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(file.Path) || file.Path.Contains('\0', StringComparison.Ordinal))
            {
                throw new PublishException($"refused to write '{file.Path}': it would land outside the site folder");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Content);
        }
    }

    /// <summary>Why <paramref name="staging"/> must not be cleared; null when it may.</summary>
    public static string? Refusal(string staging)
    {
        var full = Path.GetFullPath(staging);
        if (Path.GetPathRoot(full) == full)
        {
            return $"{full} is the root of the file system; choose a folder of its own for staging";
        }

        if (File.Exists(full))
        {
            return $"{full} is a file, not a folder";
        }

        if (!Directory.Exists(full) || File.Exists(Path.Combine(full, MarkerFile)) || !Directory.EnumerateFileSystemEntries(full).Any())
        {
            return null;
        }

        return $"{full} holds files Publisher did not stage; it is left as it is. Empty it or choose another --staging";
    }
}
