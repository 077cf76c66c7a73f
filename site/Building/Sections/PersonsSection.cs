using Publisher.Site.Linking;
using Publisher.Site.Output;
using Publisher.Site.Rendering;
using Publisher.Site.Rendering.Views;

namespace Publisher.Site.Building.Sections;

/// <summary>The persons index (grouped by side, alphabetical) and one page per person or group.</summary>
public sealed class PersonsSection : ISiteSection
{
    public NavItem? Navigation(SiteContext context) => new("Persons", context.Urls.Href(LinkUrls.Persons));

    public IEnumerable<SiteFile> Build(SiteContext context)
    {
        var views = new LinkViews(context.Links, context.Urls);
        yield return SiteFile.Text(
            SiteUrls.FileOf(LinkUrls.Persons),
            context.Page("persons", new { Title = "Persons", Groups = views.PersonGroups() }, new PageView("Persons", "Everyone the documents name, grouped and alphabetical", LinkUrls.Persons) { Section = "Persons" }));
        foreach (var person in context.Links.Registry.Persons)
        {
            var view = views.Person(person);
            var description = person.Roles.Count > 0 ? $"{person.Name}: {string.Join("; ", person.Roles)}" : person.Name;
            yield return SiteFile.Text(
                SiteUrls.FileOf(LinkUrls.Person(person.Id)),
                context.Page("person", view, new PageView(person.Name, description, LinkUrls.Person(person.Id)) { Section = "Persons" }));
        }
    }
}
