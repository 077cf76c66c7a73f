namespace Publisher.Site.Rendering.Citation;

/// <summary>What the cite panel shows: the two styles as text and the reference-manager files beside the page.</summary>
public sealed record CitationView(TrustedHtml Chicago, TrustedHtml Mla, string PageUrl, IReadOnlyList<Views.ExportLink> Files);
