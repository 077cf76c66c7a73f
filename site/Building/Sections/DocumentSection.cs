using Publisher.Site.Export;
using Publisher.Site.Model;
using Publisher.Site.Output;
using Publisher.Site.Rendering;
using Publisher.Site.Rendering.Citation;
using Publisher.Site.Rendering.Views;

namespace Publisher.Site.Building.Sections;

/// <summary>One page per document, with its TEI, JSON and plain-text exports beside it; documents render in parallel.</summary>
public sealed class DocumentSection : ISiteSection
{
    public IEnumerable<SiteFile> Build(SiteContext context)
    {
        var documents = context.Documents;
        var links = documents.Select(context.Link).ToList();
        // Rendered in parallel and handed on as they are done (not buffered): the builder writes them meanwhile.
        return Enumerable.Range(0, documents.Count)
            .AsParallel()
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .SelectMany(i => Files(context, documents[i], i > 0 ? links[i - 1] : null, i + 1 < links.Count ? links[i + 1] : null));
    }

    private static SiteFile[] Files(SiteContext context, DocumentEntry document, DocumentLink? previous, DocumentLink? next)
    {
        var citation = Citation(context, document);
        return
        [
            SiteFile.Text(SiteUrls.FileOf(SiteUrls.Document(document.Id)), Page(context, document, citation, previous, next)),
            new SiteFile(SiteUrls.Export(document.Id, "xml"), context.LinkedTei(document)),
            SiteFile.Text(SiteUrls.Export(document.Id, "json"), DocumentJsonExporter.Export(document)),
            SiteFile.Text(SiteUrls.Export(document.Id, "txt"), PlainTextExporter.Export(document)),
            SiteFile.Text(SiteUrls.Export(document.Id, "bib"), BibTexFormat.Export(citation)),
            SiteFile.Text(SiteUrls.Export(document.Id, "ris"), RisFormat.Export(citation)),
            SiteFile.Text(SiteUrls.Export(document.Id, "csl.json"), CslJsonFormat.Export(citation)),
        ];
    }

    private static string Page(SiteContext context, DocumentEntry document, CitationData citation, DocumentLink? previous, DocumentLink? next)
    {
        var content = document.Content;
        var rendered = DocumentBodyRenderer.Render(content, new Linking.MentionLinker(context.Links, context.Urls, document.Id));
        // One Markdown span broken by hand: an italic may open on the first line and close on the last.
        var sourceLines = new TrustedHtml(MarkdownText.ToHtml(string.Join("  \n", content.SourceLines.Select(l => l.Trim()))));
        var exports = new List<ExportLink>
        {
            new("TEI XML", context.Urls.Href(SiteUrls.Export(document.Id, "xml")), "xml"),
            new("JSON", context.Urls.Href(SiteUrls.Export(document.Id, "json")), "json"),
            new("Plain text", context.Urls.Href(SiteUrls.Export(document.Id, "txt")), "txt"),
        };
        var date = EditionDates.Display(document.Date);
        var description = date is null ? document.Title : $"{document.Title}, {date}";
        var view = new DocumentView(document, content, date, EditionDates.Iso(document.Date), SiteContext.GenreLabel(document.Genre), rendered, sourceLines, exports, previous, next)
        {
            Citation = CitationPanel(context, document, citation),
            Links = new Linking.LinkViews(context.Links, context.Urls).Document(document),
        };
        var head = HeadMetadata.Build(citation, description, Alternates(context, document));
        return context.Page("document", view, new PageView(document.Title, description, SiteUrls.Document(document.Id)) { Head = head });
    }

    private static CitationData Citation(SiteContext context, DocumentEntry document) =>
        CitationData.From(document, context.Edition.Title, CitationData.CitedUrl(context.Options, SiteUrls.Document(document.Id)));

    private static CitationView CitationPanel(SiteContext context, DocumentEntry document, CitationData citation) => new(
        CitationText.Chicago(citation),
        CitationText.Mla(citation),
        citation.Url,
        [
            new("BibTeX", context.Urls.Href(SiteUrls.Export(document.Id, "bib")), "bib"),
            new("RIS", context.Urls.Href(SiteUrls.Export(document.Id, "ris")), "ris"),
            new("CSL-JSON", context.Urls.Href(SiteUrls.Export(document.Id, "csl.json")), "csl.json"),
        ]);

    /// <summary>The exports as the head links them: absolute when the site knows its host, so crawlers can follow.</summary>
    private static List<AlternateLink> Alternates(SiteContext context, DocumentEntry document) =>
    [
        new(CitationData.CitedUrl(context.Options, SiteUrls.Export(document.Id, "xml")), "application/tei+xml", "TEI P5 XML"),
        new(CitationData.CitedUrl(context.Options, SiteUrls.Export(document.Id, "json")), "application/json", "JSON"),
        new(CitationData.CitedUrl(context.Options, SiteUrls.Export(document.Id, "txt")), "text/plain", "Plain text"),
    ];
}
