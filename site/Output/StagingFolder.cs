using System.Collections.Concurrent;

namespace Publisher.Site.Output;

/// <summary>A cleared staging folder (see <see cref="StagingWriter.Prepare"/>); files may be written from several threads.</summary>
public sealed class StagingFolder(string root)
{
    // The folders made so far: 80,000 files need not ask the file system 80,000 times.
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ManifestEntry> _manifest = new(StringComparer.Ordinal);

    public string Root { get; } = root;

    /// <summary>Writes one file; a path that would land outside the folder is refused.</summary>
    public void Write(SiteFile file)
    {
        var target = Path.GetFullPath(Path.Combine(Root, file.Path));
        if (!target.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(file.Path) || file.Path.Contains('\0', StringComparison.Ordinal))
        {
            throw new PublishException($"refused to write '{file.Path}': it would land outside the site folder");
        }

        var folder = Path.GetDirectoryName(target)!;
        if (_folders.TryAdd(folder, 0))
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllBytes(target, file.Content);
        _manifest[Path.GetRelativePath(Root, target)] = new ManifestEntry(SiteManifest.Hash(file.Content), file.Content.Length, 0);
    }

    /// <summary>Writes the folder's <see cref="SiteManifest"/>, so publishing need not read every file to compare it.</summary>
    public void Complete() => SiteManifest.Write(Root, _manifest);
}
