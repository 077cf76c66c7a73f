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
        var folder = Prepare(staging);
        foreach (var file in files)
        {
            folder.Write(file);
        }

        folder.Complete();
    }

    /// <summary>Clears the staging folder (after checking it may be cleared), ready to be written.</summary>
    public static StagingFolder Prepare(string staging)
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
        return new StagingFolder(root);
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
