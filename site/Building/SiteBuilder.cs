using System.Collections.Concurrent;
using System.Globalization;
using Markdig;
using Publisher.Site.Export;
using Publisher.Site.Model;
using Publisher.Site.Output;
using Publisher.Site.Rendering;
using Publisher.Site.Rendering.Views;

namespace Publisher.Site.Building;

/// <summary>
/// Builds every file of the site in memory: pages through the templates, exports beside each document, and the
/// site files (edition.json, sitemap, feed, robots.txt, 404). Documents render in parallel.
/// </summary>
public sealed class SiteBuilder
{
    private static readonly MarkdownPipeline EditorialMarkdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    private readonly SiteOptions _options;
    private readonly TemplateSet _templates;
    private readonly EditionInfo _edition;
    private readonly SiteView _site;

    public SiteBuilder(SiteOptions options, EditionInfo edition)
    {
        _options = options;
        _edition = edition;
        _templates = TemplateSet.Load(options.Templates);
        _site = new SiteView(edition.Title, options.BasePath, [
            new NavItem("Documents", options.BasePath),
            new NavItem("About", options.BasePath + "about/"),
        ]);
    }

    public IReadOnlyList<SiteFile> Build(IReadOnlyList<DocumentEntry> documents)
    {
        var files = new ConcurrentBag<SiteFile>();
        var links = documents.Select(Link).ToList();
        Parallel.For(0, documents.Count, i =>
        {
            var document = documents[i];
            files.Add(SiteFile.Text(SiteUrls.FileOf(SiteUrls.Document(document.Id)), DocumentPage(document, i > 0 ? links[i - 1] : null, i + 1 < links.Count ? links[i + 1] : null)));
            files.Add(SiteFile.Text(SiteUrls.Export(document.Id, "xml"), TeiExporter.Export(document, _edition.Title)));
            files.Add(SiteFile.Text(SiteUrls.Export(document.Id, "json"), DocumentJsonExporter.Export(document)));
            files.Add(SiteFile.Text(SiteUrls.Export(document.Id, "txt"), PlainTextExporter.Export(document)));
        });

        var intro = new TrustedHtml(Markdown.ToHtml(_edition.IntroductionMarkdown, EditorialMarkdown));
        files.Add(SiteFile.Text("index.html", Page("home", new HomeView(_edition.Title, intro, links), new PageView(_edition.Title, $"{_edition.Title}: {documents.Count} documents", string.Empty) { Section = "Documents" })));
        files.Add(SiteFile.Text("about/index.html", Page("about", new { Title = "About this edition" }, new PageView("About this edition", "Editorial method, sources and how to cite", "about/") { Section = "About" })));
        files.Add(SiteFile.Text("404.html", Page("404", new { Title = "Page not found" }, new PageView("Page not found", "This page does not exist", "404.html"))));
        files.Add(SiteFile.Text("edition.json", EditionJsonExporter.Export(_edition.Title, _options.BaseUrl, documents)));
        files.Add(SiteFile.Text(".nojekyll", string.Empty));
        files.Add(SiteFile.Text("robots.txt", "User-agent: *\nAllow: /\n" + (_options.AbsoluteBaseUrl is { } absolute ? $"Sitemap: {absolute}sitemap.xml\n" : string.Empty)));
        foreach (var asset in Directory.EnumerateFiles(Path.Combine(_options.Templates, "assets")).Order(StringComparer.Ordinal))
        {
            files.Add(new SiteFile("assets/" + Path.GetFileName(asset), File.ReadAllBytes(asset)));
        }

        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    private string DocumentPage(DocumentEntry document, DocumentLink? previous, DocumentLink? next)
    {
        var content = document.Content;
        var rendered = DocumentBodyRenderer.Render(content);
        var sourceLines = new TrustedHtml(string.Join("<br>\n", content.SourceLines.Select(l => MarkdownText.ToHtml(l.Trim()))));
        var exports = new List<ExportLink>
        {
            new("TEI XML", _site.Href(SiteUrls.Export(document.Id, "xml")), "xml"),
            new("JSON", _site.Href(SiteUrls.Export(document.Id, "json")), "json"),
            new("Plain text", _site.Href(SiteUrls.Export(document.Id, "txt")), "txt"),
        };
        var view = new DocumentView(document, content, DateDisplay(document.Date), document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), GenreLabel(document.Genre), rendered, sourceLines, exports, previous, next);
        var description = document.Date is { } date ? $"{document.Title}, {DateDisplay(date)}" : document.Title;
        return Page("document", view, new PageView(document.Title, description, SiteUrls.Document(document.Id)));
    }

    private string Page(string template, object model, PageView page)
    {
        var body = _templates.Render(template, model, _site);
        return _templates.Render("layout", page, _site, new TrustedHtml(body));
    }

    private DocumentLink Link(DocumentEntry document) => new(
        document.Title,
        document.Number?.ToString(CultureInfo.InvariantCulture),
        DateDisplay(document.Date),
        document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        GenreLabel(document.Genre),
        _site.Href(SiteUrls.Document(document.Id)));

    public static string? DateDisplay(DateOnly? date) => date?.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    public static string GenreLabel(Genre genre) => genre switch
    {
        Genre.Memorandum => "Memorandum of conversation",
        Genre.SessionNotes => "Session notes",
        _ => "Document",
    };
}
