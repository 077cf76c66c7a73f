using Publisher.Site.Output;
using Publisher.Site.Rendering.Views;

namespace Publisher.Site.Building.Sections;

/// <summary>The about page (editorial method, sources, how to cite) and the 404 page.</summary>
public sealed class AboutSection : ISiteSection
{
    public NavItem? Navigation(SiteContext context) => new("About", context.Urls.Href("about/"));

    public IEnumerable<SiteFile> Build(SiteContext context)
    {
        yield return SiteFile.Text("about/index.html", context.Page("about", new { Title = "About this edition" }, new PageView("About this edition", "Editorial method, sources and how to cite", "about/") { Section = "About" }));
        yield return SiteFile.Text("404.html", context.Page("404", new { Title = "Page not found" }, new PageView("Page not found", "This page does not exist", "404.html")));
    }
}
