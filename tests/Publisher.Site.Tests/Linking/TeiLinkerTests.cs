using System.Xml.Linq;
using Publisher.Site.Tests.Helpers;
using Publisher.Site.Tests.Rendering;

namespace Publisher.Site.Tests.Linking;

public sealed class TeiLinkerTests : IClassFixture<BuiltSiteFixture>
{
    private static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";
    private readonly BuiltSite _site;

    public TeiLinkerTests(BuiltSiteFixture fixture) => _site = fixture.Site;

    private XDocument Tei_(string id) => XDocument.Parse(_site.Read($"documents/{id}/{id}.xml"));

    [Theory]
    [InlineData("000_f1b63ae9a0998c51")]
    [InlineData("003_90912159ad8af0ba")]
    public void Every_who_and_ref_points_to_a_declared_id(string id)
    {
        var tei = Tei_(id);
        var ids = tei.Descendants().Select(e => (string?)e.Attribute(XNamespace.Xml + "id")).OfType<string>().ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        var pointers = tei.Descendants().Attributes().Where(a => a.Name.LocalName is "who" or "ref").Select(a => a.Value).ToList();
        Assert.NotEmpty(pointers);
        Assert.All(pointers, p => Assert.Contains(p.TrimStart('#'), ids));
    }

    [Fact]
    public void Speeches_and_mentions_use_registry_ids()
    {
        var session = Tei_("000_f1b63ae9a0998c51");
        var memorandum = Tei_("003_90912159ad8af0ba");

        Assert.Contains(session.Descendants(Tei + "sp"), sp => (string?)sp.Attribute("who") == "#gorbachev");
        Assert.Contains(session.Descendants(Tei + "sp"), sp => (string?)sp.Attribute("who") == "#politburo-members");
        Assert.Contains(memorandum.Descendants(Tei + "persName"), p => (string?)p.Attribute("ref") == "#gorbachev" && p.Value == "Gorbachev");
        Assert.Contains(memorandum.Descendants(Tei + "term"), t => (string?)t.Attribute("ref") == "#term-scc-standing-consultative-commission");
        Assert.Contains(memorandum.Descendants(Tei + "label"), l => l.Value == "SCC");
    }
}
