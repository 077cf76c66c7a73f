using Publisher.Site.Output;
using Publisher.Site.Rendering.Views;

namespace Publisher.Site.Building.Sections;

/// <summary>
/// The search page: a labelled form of the edition's own, driven by Pagefind's JavaScript API (its index is built
/// over the rendered pages by the Cake pipeline), with filters by genre, person and year.
/// </summary>
public sealed class SearchSection : ISiteSection
{
    public NavItem? Navigation(SiteContext context) => new("Search", context.Urls.Href("search/"));

    public IEnumerable<SiteFile> Build(SiteContext context)
    {
        var page = new PageView("Search", $"Search the full text of {context.Edition.Title}", "search/") { Section = "Search" };
        yield return SiteFile.Text("search/index.html", context.Page("search", new { Title = "Search the edition" }, page));
    }
}
