using System.Globalization;
using System.Security.Cryptography;

namespace Publisher.Site.Output;

/// <summary>
/// What a folder of the site holds, file by file: the SHA-256 of its bytes, its size and (in the output folder) its
/// modification time. Rendering writes one into the staging folder from the bytes it has in hand; publishing keeps
/// one in the output folder. Comparing the two tells which files changed without reading 80,000 files twice; a
/// file whose size or time is not what the output's manifest says is compared byte by byte, as if unlisted.
/// </summary>
public static class SiteManifest
{
    public const string FileName = ".publisher-manifest";

    public static string Hash(ReadOnlySpan<byte> content) => Convert.ToHexString(SHA256.HashData(content));

    public static Dictionary<string, ManifestEntry> Read(string folder)
    {
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return entries;
        }

        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t', 4);
            if (parts.Length == 4 && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var size) && long.TryParse(parts[2], CultureInfo.InvariantCulture, out var ticks))
            {
                entries[parts[3]] = new ManifestEntry(parts[0], size, ticks);
            }
        }

        return entries;
    }

    public static void Write(string folder, IEnumerable<KeyValuePair<string, ManifestEntry>> entries) =>
        File.WriteAllLines(
            Path.Combine(folder, FileName),
            entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Value.Hash}\t{e.Value.Size}\t{e.Value.Ticks}\t{e.Key}")));
}

/// <summary>One file of a <see cref="SiteManifest"/>; <see cref="Ticks"/> is 0 where the time is not known.</summary>
public sealed record ManifestEntry(string Hash, long Size, long Ticks);
