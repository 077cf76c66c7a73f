using Publisher.Site.Linking;
using Publisher.Site.Output;
using Publisher.Site.Rendering;
using Publisher.Site.Rendering.Views;

namespace Publisher.Site.Building.Sections;

/// <summary>The glossary: every abbreviation and term, with an anchor, its expansion and where it occurs.</summary>
public sealed class GlossarySection : ISiteSection
{
    public NavItem? Navigation(SiteContext context) => new("Glossary", context.Urls.Href(LinkUrls.Glossary));

    public IEnumerable<SiteFile> Build(SiteContext context)
    {
        var entries = new LinkViews(context.Links, context.Urls).Glossary();
        yield return SiteFile.Text(
            SiteUrls.FileOf(LinkUrls.Glossary),
            context.Page("glossary", new { Title = "Glossary", Entries = entries }, new PageView("Glossary", "Abbreviations and terms of the documents", LinkUrls.Glossary) { Section = "Glossary" }));
    }
}
