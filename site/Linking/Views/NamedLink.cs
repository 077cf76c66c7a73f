namespace Publisher.Site.Linking.Views;

/// <summary>A name linked to its page, with a short note (the part played, the expansion, what is shared).</summary>
public sealed record NamedLink(string Name, string Href, string? Note);
