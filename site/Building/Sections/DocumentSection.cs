using System.Collections.Concurrent;
using Publisher.Site.Export;
using Publisher.Site.Model;
using Publisher.Site.Output;
using Publisher.Site.Rendering;
using Publisher.Site.Rendering.Views;

namespace Publisher.Site.Building.Sections;

/// <summary>One page per document, with its TEI, JSON and plain-text exports beside it; documents render in parallel.</summary>
public sealed class DocumentSection : ISiteSection
{
    public IEnumerable<SiteFile> Build(SiteContext context)
    {
        var documents = context.Documents;
        var links = documents.Select(context.Link).ToList();
        var files = new ConcurrentBag<SiteFile>();
        Parallel.For(0, documents.Count, i =>
        {
            var document = documents[i];
            files.Add(SiteFile.Text(SiteUrls.FileOf(SiteUrls.Document(document.Id)), Page(context, document, i > 0 ? links[i - 1] : null, i + 1 < links.Count ? links[i + 1] : null)));
            files.Add(SiteFile.Text(SiteUrls.Export(document.Id, "xml"), TeiLinker.Link(TeiExporter.Export(document, context.Edition.Title), document.Id, context.Links)));
            files.Add(SiteFile.Text(SiteUrls.Export(document.Id, "json"), DocumentJsonExporter.Export(document)));
            files.Add(SiteFile.Text(SiteUrls.Export(document.Id, "txt"), PlainTextExporter.Export(document)));
        });
        return files;
    }

    private static string Page(SiteContext context, DocumentEntry document, DocumentLink? previous, DocumentLink? next)
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
        var date = SiteContext.DateDisplay(document.Date);
        var view = new DocumentView(document, content, date, SiteContext.IsoDate(document.Date), SiteContext.GenreLabel(document.Genre), rendered, sourceLines, exports, previous, next)
        {
            Links = new Linking.LinkViews(context.Links, context.Urls).Document(document),
        };
        var description = date is null ? document.Title : $"{document.Title}, {date}";
        return context.Page("document", view, new PageView(document.Title, description, SiteUrls.Document(document.Id)));
    }
}
