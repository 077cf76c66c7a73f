using System.Text.Json;
using Microsoft.Playwright;
using Publisher.Browser.Tests.Helpers;

namespace Publisher.Browser.Tests.Citation;

[Collection(BrowserCollection.Name)]
public sealed class CitationTests(BrowserSite site)
{
    public static TheoryData<string> DocumentPages => [Documents.Memorandum, Documents.SessionNotes];

    [Theory]
    [MemberData(nameof(DocumentPages))]
    public async Task Every_document_carries_citation_metadata_for_reference_managers(string page)
    {
        var tab = await site.OpenAsync(page);
        var title = await tab.Locator("h1").GetAttributeAsync("data-title");

        Assert.Equal(title, await Meta(tab, "name", "citation_title"));
        Assert.Matches(@"^\d{4}/\d{2}/\d{2}$", await Meta(tab, "name", "citation_date"));
        Assert.Equal(title, await Meta(tab, "name", "DC.title"));
        Assert.Equal(title, await Meta(tab, "property", "og:title"));
        using var jsonLd = JsonDocument.Parse(await tab.Locator("script[type='application/ld+json']").TextContentAsync() ?? string.Empty);
        Assert.Equal(title, jsonLd.RootElement.GetProperty("name").GetString());
        Assert.Equal(3, jsonLd.RootElement.GetProperty("encoding").GetArrayLength());
        await tab.Context.CloseAsync();
    }

    [Theory]
    [MemberData(nameof(DocumentPages))]
    public async Task Every_document_links_its_exports_and_citation_files_and_the_server_has_them(string page)
    {
        var tab = await site.OpenAsync(page);
        var hrefs = await tab.Locator(".document-tools a, .cite a[download]").EvaluateAllAsync<string[]>("links => links.map(a => a.href)");

        Assert.Equal([".xml", ".json", ".txt", ".zip", ".bib", ".ris", ".json"], hrefs.Select(Path.GetExtension));
        foreach (var href in hrefs)
        {
            var response = await tab.Context.APIRequest.GetAsync(href);
            Assert.True(response.Ok, $"{href}: {response.Status}");
        }

        await tab.Context.CloseAsync();
    }

    [Fact]
    public async Task Citations_name_the_printed_page_or_paragraph_the_reader_points_at()
    {
        var tab = await site.OpenAsync(Documents.Memorandum);
        Assert.DoesNotContain("p. 1041", await tab.Locator("#cite-chicago").InnerTextAsync(), StringComparison.Ordinal);

        await tab.ClickAsync("#page-1041");
        await Assertions.Expect(tab.Locator("#cite-chicago")).ToContainTextAsync("Document 256, p. 1041.");
        await Assertions.Expect(tab.Locator("#cite-mla")).ToContainTextAsync("no. 256, p. 1041,");
        Assert.EndsWith($"{site.BaseUrl}documents/003_90912159ad8af0ba/#page-1041.", await tab.Locator("#cite-chicago").InnerTextAsync(), StringComparison.Ordinal);

        var secondParagraph = await tab.EvaluateAsync<string>("() => document.querySelectorAll('.document-body p[id] .pilcrow')[1].getAttribute('href')");
        await tab.GotoAsync(site.Url(Documents.Memorandum) + secondParagraph);
        await Assertions.Expect(tab.Locator("#cite-chicago")).ToContainTextAsync("Document 256, para. 2.");
        await Assertions.Expect(tab.Locator("#cite-mla")).ToContainTextAsync("no. 256, par. 2,");
        await tab.Context.CloseAsync();
    }

    private static Task<string?> Meta(IPage tab, string attribute, string name) =>
        tab.Locator($"meta[{attribute}='{name}']").GetAttributeAsync("content");
}
