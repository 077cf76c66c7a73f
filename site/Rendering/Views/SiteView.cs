namespace Publisher.Site.Rendering.Views;

/// <summary>What every page's layout knows: the edition's title, the base path, the navigation.</summary>
public sealed record SiteView(string Title, string BasePath, IReadOnlyList<NavItem> Navigation)
{
    public string Href(string relative) => BasePath + relative;
}
