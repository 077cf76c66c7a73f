using Publisher.Site.Linking;
using Publisher.Site.Output;
using Publisher.Site.Rendering;
using Publisher.Site.Rendering.Views;

namespace Publisher.Site.Building.Sections;

/// <summary>The chronology: documents and the events they refer to on one timeline, oldest first.</summary>
public sealed class ChronologySection : ISiteSection
{
    public NavItem? Navigation(SiteContext context) => new("Chronology", context.Urls.Href(LinkUrls.Chronology));

    public IEnumerable<SiteFile> Build(SiteContext context)
    {
        var items = new LinkViews(context.Links, context.Urls).Chronology();
        yield return SiteFile.Text(
            SiteUrls.FileOf(LinkUrls.Chronology),
            context.Page("chronology", new { Title = "Chronology", Items = items }, new PageView("Chronology", "The documents and the events they refer to, in time order", LinkUrls.Chronology) { Section = "Chronology" }));
    }
}
