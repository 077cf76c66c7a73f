using Publisher.Site.Model;

namespace Publisher.Site.Rendering.Views;

/// <summary>Everything a document page shows; the body parts are built in code, the rest escaped by the template.</summary>
public sealed record DocumentView(
    DocumentEntry Document,
    DocumentContent Content,
    string? DateDisplay,
    string? IsoDate,
    string GenreLabel,
    RenderedBody Rendered,
    TrustedHtml SourceLines,
    IReadOnlyList<ExportLink> Exports,
    DocumentLink? Previous,
    DocumentLink? Next)
{
    /// <summary>The document's persons, terms and related documents, from the link index.</summary>
    public Linking.Views.DocumentLinksView? Links { get; init; }

    /// <summary>The cite panel's content: Chicago and MLA text, the reference-manager files.</summary>
    public Citation.CitationView? Citation { get; init; }
}
