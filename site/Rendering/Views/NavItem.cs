namespace Publisher.Site.Rendering.Views;

public sealed record NavItem(string Label, string Href);
