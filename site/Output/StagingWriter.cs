namespace Publisher.Site.Output;

/// <summary>
/// Writes a build's files into a fresh staging folder; every path is checked to stay inside it before anything is
/// written, then the files are written in parallel (tens of thousands of small files for a large edition).
/// </summary>
public static class StagingWriter
{
    public static void Write(string staging, IEnumerable<SiteFile> files)
    {
        var root = Path.GetFullPath(staging);
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(root);
        var targets = new List<(string Path, SiteFile File)>();
        foreach (var file in files)
        {
            var target = Path.GetFullPath(Path.Combine(root, file.Path));
            if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new PublishException($"refused to write '{file.Path}': it would land outside the site folder");
            }

            targets.Add((target, file));
        }

        foreach (var folder in targets.Select(t => Path.GetDirectoryName(t.Path)!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder);
        }

        Parallel.ForEach(targets, target => File.WriteAllBytes(target.Path, target.File.Content));
    }
}
