using AngleSharp.Html.Parser;
using Publisher.Site.Tests.Helpers;

namespace Publisher.Site.Tests.Rendering;

public sealed class DocumentPageTests : IClassFixture<BuiltSiteFixture>
{
    private const string Memorandum = "documents/003_90912159ad8af0ba/index.html";
    private const string SessionNotes = "documents/000_f1b63ae9a0998c51/index.html";
    private readonly BuiltSite _site;

    public DocumentPageTests(BuiltSiteFixture fixture) => _site = fixture.Site;

    private AngleSharp.Html.Dom.IHtmlDocument Page(string path) => new HtmlParser().ParseDocument(_site.Read(path));

    [Fact]
    public void The_home_page_lists_both_documents_oldest_first()
    {
        var links = Page("index.html").QuerySelectorAll(".document-list a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Equal(["/documents/003_90912159ad8af0ba/", "/documents/000_f1b63ae9a0998c51/"], links);
    }

    [Fact]
    public void Footnote_references_and_notes_link_both_ways()
    {
        var page = Page(Memorandum);

        var reference = page.QuerySelector("#fnref-2")!;
        Assert.Equal("#fn-2", reference.GetAttribute("href"));
        Assert.Equal("#fnref-2", page.QuerySelector("#fn-2 .backref")!.GetAttribute("href"));
        Assert.Equal("1", page.QuerySelector("h1 .fnref a")!.TextContent);
    }

    [Fact]
    public void Page_markers_are_citable_anchors_in_place()
    {
        var page = Page(Memorandum);

        var marker = page.QuerySelector("#page-1041")!;
        Assert.Equal("Page 1041", marker.GetAttribute("aria-label"));
        Assert.Contains("It ", marker.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Equal(9, page.QuerySelectorAll("a.page").Length);
    }

    [Fact]
    public void Speaker_turns_are_grouped_with_their_label()
    {
        var page = Page(SessionNotes);

        var first = page.QuerySelector(".turn")!;
        Assert.Equal("GORBACHEV.", first.QuerySelector(".speaker")!.TextContent);
        Assert.True(first.QuerySelectorAll("p").Length > 5);
    }

    [Fact]
    public void Edition_json_lists_both_documents_with_their_dates()
    {
        using var json = System.Text.Json.JsonDocument.Parse(_site.Read("edition.json"));

        var documents = json.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["1986-07-26", "1986-10-14"], documents.Select(d => d.GetProperty("date").GetString()));
        Assert.Equal("documents/003_90912159ad8af0ba/", documents[0].GetProperty("url").GetString());
        Assert.Equal("003_90912159ad8af0ba.txt", documents[0].GetProperty("source").GetString());
    }
}

public sealed class BuiltSiteFixture : IDisposable
{
    public BuiltSite Site { get; } = new();

    public void Dispose() => Site.Dispose();
}
