namespace Publisher.Site.Serving;

/// <summary>
/// The names, sizes and modification times of every file under some folders. The preview compares snapshots
/// instead of using file-system events: editors that save by replacing files, network folders and exhausted
/// inotify limits all defeat events, while a listing of a few thousand files every half second costs little.
/// </summary>
public sealed class FolderSnapshot
{
    private readonly SortedDictionary<string, (long Length, DateTime Modified)> _files;

    private FolderSnapshot(SortedDictionary<string, (long, DateTime)> files) => _files = files;

    public static FolderSnapshot Take(IEnumerable<string> folders)
    {
        var files = new SortedDictionary<string, (long, DateTime)>(StringComparer.Ordinal);
        foreach (var folder in folders.Where(Directory.Exists))
        {
            foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories))
            {
                files[file.FullName] = (file.Length, file.LastWriteTimeUtc);
            }
        }

        return new FolderSnapshot(files);
    }

    /// <summary>The files added, removed or changed since <paramref name="earlier"/>.</summary>
    public IReadOnlyList<string> ChangedSince(FolderSnapshot earlier) =>
        _files.Where(f => !earlier._files.TryGetValue(f.Key, out var before) || before != f.Value).Select(f => f.Key)
            .Concat(earlier._files.Keys.Where(k => !_files.ContainsKey(k)))
            .ToList();
}
