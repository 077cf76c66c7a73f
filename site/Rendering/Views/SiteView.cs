namespace Publisher.Site.Rendering.Views;

/// <summary>What every page's layout knows: the edition's title, the base path, the navigation.</summary>
public sealed record SiteView(string Title, string BasePath, IReadOnlyList<NavItem> Navigation)
{
    public string Href(string relative) => BasePath + relative;

    /// <summary>The absolute base URL (ending in '/') when the build was given one; canonical links need it.</summary>
    public string? AbsoluteBaseUrl { get; init; }
}
