using System.IO.Compression;
using Publisher.Site.Output;

namespace Publisher.Site.Building.Sections;

/// <summary>
/// The whole edition's TEI as one ZIP (<c>downloads/edition-tei.zip</c>): one <c>&lt;id&gt;.xml</c> per document,
/// entries sorted by name and stamped with one fixed time, so the same seeds always give the same bytes.
/// </summary>
public sealed class EditionArchiveSection : ISiteSection
{
    public const string Path = "downloads/edition-tei.zip";

    /// <summary>ZIP stores local DOS times from 1980 on; one fixed instant keeps the archive reproducible.</summary>
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public IEnumerable<SiteFile> Build(SiteContext context)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var document in context.Documents.OrderBy(d => d.Id, StringComparer.Ordinal))
            {
                var entry = zip.CreateEntry($"tei/{document.Id}.xml", CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                using var stream = entry.Open();
                stream.Write(context.LinkedTei(document));
            }
        }

        yield return new SiteFile(Path, buffer.ToArray());
    }
}
