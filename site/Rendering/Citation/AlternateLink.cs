namespace Publisher.Site.Rendering.Citation;

/// <summary>One machine-readable form of a document beside its page (TEI, JSON, plain text).</summary>
public sealed record AlternateLink(string Href, string MediaType, string Title);
