namespace Publisher.Site.Rendering.Views;

public sealed record ExportLink(string Label, string Href, string Format);
