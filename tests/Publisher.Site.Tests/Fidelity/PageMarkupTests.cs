using AngleSharp.Html.Parser;
using Publisher.Site.Tests.Helpers;
using Publisher.Site.Tests.Rendering;

namespace Publisher.Site.Tests.Fidelity;

/// <summary>What a reader sees is the source's text, not markup: no Markdown signs, no escaped HTML.</summary>
public sealed class PageMarkupTests : IClassFixture<BuiltSiteFixture>
{
    private readonly BuiltSite _site;

    public PageMarkupTests(BuiltSiteFixture fixture) => _site = fixture.Site;

    [Theory]
    [InlineData(RepositoryFiles.Memorandum)]
    [InlineData(RepositoryFiles.SessionNotes)]
    public void The_page_shows_no_markup_as_text(string id)
    {
        var page = new HtmlParser().ParseDocument(_site.Read($"documents/{id}/index.html"));
        var text = page.Body!.TextContent;

        Assert.DoesNotContain("*", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;", _site.Read($"documents/{id}/index.html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RepositoryFiles.Memorandum)]
    [InlineData(RepositoryFiles.SessionNotes)]
    public void The_page_links_its_three_exports_and_the_edition_archive(string id)
    {
        var page = new HtmlParser().ParseDocument(_site.Read($"documents/{id}/index.html"));

        var hrefs = page.QuerySelectorAll(".document-tools a[download]").Select(a => a.GetAttribute("href"));

        Assert.Equal([$"/documents/{id}/{id}.xml", $"/documents/{id}/{id}.json", $"/documents/{id}/{id}.txt", "/downloads/edition-tei.zip"], hrefs);
    }

    [Fact]
    public void The_source_lines_keep_their_italics_across_line_breaks()
    {
        var page = new HtmlParser().ParseDocument(_site.Read($"documents/{RepositoryFiles.SessionNotes}/index.html"));

        var italic = page.QuerySelector(".source-lines em")!;

        Assert.StartsWith("Source: The Volkogonov Collection", italic.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("For the National Security Archive", italic.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, italic.QuerySelectorAll("br").Length);
    }

    [Fact]
    public void The_section_headings_are_listed_in_a_table_of_contents_linking_to_them()
    {
        var page = new HtmlParser().ParseDocument(_site.Read($"documents/{RepositoryFiles.Memorandum}/index.html"));

        var entries = page.QuerySelectorAll("nav.toc li a").ToList();
        var headings = page.QuerySelectorAll(".document-body h2[id^='s-']").ToList();

        Assert.Equal(7, entries.Count);
        Assert.Equal(headings.Select(h => "#" + h.Id), entries.Select(a => a.GetAttribute("href")));
        Assert.Equal(headings.Select(h => h.TextContent), entries.Select(a => a.TextContent));
        Assert.Null(new HtmlParser().ParseDocument(_site.Read($"documents/{RepositoryFiles.SessionNotes}/index.html")).QuerySelector("nav.toc"));
    }
}
