using Publisher.Site.Linking;
using Publisher.Site.Model;
using Publisher.Site.Rendering;

namespace Publisher.Site.Tests.Linking;

public sealed class LinkViewsTests
{
    [Fact]
    public void Persons_derived_from_a_document_are_listed_apart_and_by_surname()
    {
        var registry = new RegistryData
        {
            Persons =
            [
                new PersonRecord { Id = "derived-ponomarev", Name = "PONOMAREV", Status = "derived" },
                new PersonRecord { Id = "shultz", Name = "George Shultz", Side = "U.S." },
                new PersonRecord { Id = "simons", Name = "Thomas W. Simons Jr.", Side = "U.S." },
                new PersonRecord { Id = "matlock", Name = "Jack F. Matlock Jr.", Side = "U.S." },
            ],
        };
        var views = new LinkViews(new LinkIndex(registry, Array.Empty<DocumentEntry>()), new SiteUrls("/"));

        var groups = views.PersonGroups();

        Assert.Equal(["us", "derived"], groups.Select(g => g.Id));
        Assert.Equal(["Jack F. Matlock Jr.", "George Shultz", "Thomas W. Simons Jr."], groups[0].Persons.Select(p => p.Name));
        Assert.Equal("/persons/derived-ponomarev/", Assert.Single(groups[1].Persons).Href);
    }
}
