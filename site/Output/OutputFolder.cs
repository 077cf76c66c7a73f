namespace Publisher.Site.Output;

/// <summary>
/// Guards the output folder: Publisher only ever changes a folder it made itself (marked by
/// <see cref="MarkerFile"/>) or an empty or missing one, and never the file system root or a repository.
/// </summary>
public static class OutputFolder
{
    /// <summary>The file that marks a folder as Publisher's own.</summary>
    public const string MarkerFile = ".publisher-site";

    /// <summary>Why Publisher must not write into <paramref name="path"/>; null when it may.</summary>
    public static string? Refusal(string path)
    {
        var full = Path.GetFullPath(path);
        if (Path.GetPathRoot(full) == full)
        {
            return $"{full} is the root of the file system; choose a folder of its own for the site";
        }

        // A worktree or submodule has a .git file rather than a folder; both mark a repository.
        if (Directory.Exists(Path.Combine(full, ".git")) || File.Exists(Path.Combine(full, ".git")))
        {
            return $"{full} is a repository; choose a folder of its own for the site";
        }

        if (File.Exists(full))
        {
            return $"{full} is a file, not a folder";
        }

        if (!Directory.Exists(full) || File.Exists(Path.Combine(full, MarkerFile)) || !Directory.EnumerateFileSystemEntries(full).Any())
        {
            return null;
        }

        return $"{full} holds files Publisher did not write; it is left as it is. Empty it or choose another --output";
    }
}
