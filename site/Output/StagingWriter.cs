namespace Publisher.Site.Output;

/// <summary>Writes a build's files into a fresh staging folder; every path is checked to stay inside it.</summary>
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
        foreach (var file in files)
        {
            var target = Path.GetFullPath(Path.Combine(root, file.Path));
            if (!target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                throw new PublishException($"refused to write '{file.Path}': it would land outside the site folder");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllBytes(target, file.Content);
        }
    }
}
