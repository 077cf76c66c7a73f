using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Publisher.Site.Export;
using Publisher.Site.Model;
using Publisher.Site.Rendering;
using Publisher.Site.Rendering.Views;

namespace Publisher.Site.Building;

/// <summary>What every section of a build shares: options, the edition, its documents in order, templates, layout data.</summary>
public sealed class SiteContext
{
    public SiteContext(SiteOptions options, EditionInfo edition, IReadOnlyList<DocumentEntry> documents, TemplateSet templates)
    {
        Options = options;
        Edition = edition;
        Documents = documents;
        Templates = templates;
        Urls = new SiteUrls(options.BasePath);
        Site = new SiteView(edition.Title, options.BasePath, []);
        Links = Linking.LinkIndex.FromEdition(documents);
    }

    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _tei = new(StringComparer.Ordinal);

    public SiteOptions Options { get; }

    public EditionInfo Edition { get; }

    /// <summary>The documents in time order, oldest first.</summary>
    public IReadOnlyList<DocumentEntry> Documents { get; }

    public TemplateSet Templates { get; }

    public SiteUrls Urls { get; }

    /// <summary>Persons, terms and events of the registry, and where each document names them.</summary>
    public Linking.LinkIndex Links { get; }

    /// <summary>The layout's data; the navigation is filled in once every section has said its entry.</summary>
    public SiteView Site { get; internal set; }

    /// <summary>
    /// A document's TEI, linked to the registry, as UTF-8: made once, though both the export beside the page and the
    /// edition's TEI archive need it.
    /// </summary>
    public byte[] LinkedTei(DocumentEntry document) =>
        _tei.GetOrAdd(document.Id, _ => new Lazy<byte[]>(() => Encoding.UTF8.GetBytes(TeiLinker.Link(TeiExporter.Export(document, Edition.Title), document.Id, Links)))).Value;

    /// <summary>Renders a page template with its model, then wraps it in the layout.</summary>
    public string Page(string template, object model, PageView page)
    {
        var body = Templates.Render(template, model, Site);
        return Templates.Render("layout", page, Site, new TrustedHtml(body));
    }

    /// <summary>How a document is shown in lists and navigation.</summary>
    public DocumentLink Link(DocumentEntry document) => new(
        document.Title,
        document.Number?.ToString(CultureInfo.InvariantCulture),
        EditionDates.Display(document.Date),
        EditionDates.Iso(document.Date),
        GenreLabel(document.Genre),
        Urls.Href(SiteUrls.Document(document.Id)));

    public static string GenreLabel(Genre genre) => genre switch
    {
        Genre.Memorandum => "Memorandum of conversation",
        Genre.SessionNotes => "Session notes",
        _ => "Document",
    };
}
