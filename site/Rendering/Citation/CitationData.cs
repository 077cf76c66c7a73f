using System.Globalization;
using Publisher.Site.Building;
using Publisher.Site.Model;

namespace Publisher.Site.Rendering.Citation;

/// <summary>
/// What every citation format and metadata vocabulary says about one document: its title, date, number, the
/// edition it belongs to, its address, the printed pages it spans and its archival source.
/// </summary>
public sealed record CitationData(
    string Id,
    string Title,
    int? Number,
    DateOnly? Date,
    Genre Genre,
    string EditionTitle,
    string Url,
    IReadOnlyList<string> Pages,
    Provenance Provenance)
{
    /// <summary>The form the edition calls the document (<c>Memorandum of conversation</c>).</summary>
    public string GenreLabel => SiteContext.GenreLabel(Genre);

    /// <summary>Whether <see cref="Url"/> names its host (the site was built with an absolute base URL).</summary>
    public bool IsAbsolute => Url.StartsWith("http://", StringComparison.Ordinal) || Url.StartsWith("https://", StringComparison.Ordinal);

    public string? IsoDate => EditionDates.Iso(Date);

    /// <summary>The address of a document's page as a citation gives it: absolute when the site knows its host.</summary>
    public static string CitedUrl(SiteOptions options, string relative) =>
        (options.AbsoluteBaseUrl ?? options.BasePath) + relative;

    public static CitationData From(DocumentEntry document, string editionTitle, string url) => new(
        document.Id,
        document.Title,
        document.Number,
        document.Date,
        document.Genre,
        editionTitle,
        url,
        PrintedPages(document.Content),
        document.Content.Provenance);

    /// <summary>The page numbers of the page markers, in the order the source prints them.</summary>
    private static List<string> PrintedPages(DocumentContent content) =>
        content.Blocks
            .SelectMany(b => b.Kind == BlockKind.PageBreak ? b.Inlines : b.Inlines.Where(i => i.Kind == InlineKind.PageBreak))
            .Where(i => i.Kind == InlineKind.PageBreak)
            .Select(i => i.Text)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
