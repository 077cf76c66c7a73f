using Microsoft.Playwright;
using Publisher.Browser.Tests.Helpers;

namespace Publisher.Browser.Tests.Search;

[Collection(BrowserCollection.Name)]
public sealed class SearchTests(BrowserSite site)
{
    [Fact]
    public async Task Searching_Bessmertnykh_finds_the_memorandum_with_the_hit_marked()
    {
        var tab = await SearchPageAsync();

        await tab.FillAsync("#search-query", "Bessmertnykh");
        var first = tab.Locator("#search-results li").First;
        await first.WaitForAsync();

        var hrefs = await tab.Locator("#search-results h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(BrowserSite.BasePath + Documents.Memorandum[..^"index.html".Length], hrefs[0]);
        Assert.StartsWith("Bessmertnykh", await first.Locator(".excerpt mark").First.InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("¶", await first.Locator(".excerpt").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("found for “Bessmertnykh”", await tab.Locator("#search-status").InnerTextAsync(), StringComparison.Ordinal);
        Assert.EndsWith("?q=Bessmertnykh", tab.Url, StringComparison.Ordinal);
        await tab.Context.CloseAsync();
    }

    [Fact]
    public async Task A_nonsense_query_finds_nothing_and_says_so()
    {
        var tab = await SearchPageAsync();

        await tab.FillAsync("#search-query", "qxzvwplkj");
        await Assertions.Expect(tab.Locator("#search-status")).ToContainTextAsync("No documents found");

        Assert.Equal(0, await tab.Locator("#search-results li").CountAsync());
        await tab.Context.CloseAsync();
    }

    [Fact]
    public async Task Filters_by_genre_and_year_narrow_the_results()
    {
        var tab = await SearchPageAsync();

        await tab.FillAsync("#search-query", "summit");
        await tab.Locator("#search-results li").First.WaitForAsync();
        var unfiltered = await tab.Locator("#search-results li").CountAsync();
        Assert.True(await tab.Locator("#search-filters input[name='year'][value='1986']").IsVisibleAsync());
        await tab.GetByLabel("Session notes").CheckAsync();
        await Assertions.Expect(tab.Locator("#search-results li")).ToHaveCountAsync(1);

        Assert.Equal(2, unfiltered);
        Assert.EndsWith(Documents.SessionNotes[..^"index.html".Length], await tab.Locator("#search-results h2 a").GetAttributeAsync("href"), StringComparison.Ordinal);
        await tab.Context.CloseAsync();
    }

    [Fact]
    public async Task A_shared_search_address_runs_its_query()
    {
        var context = await site.NewContextAsync();
        var tab = await context.NewPageAsync();

        await tab.GotoAsync(site.Url("search/index.html") + "?q=Reykjavik");

        await Assertions.Expect(tab.Locator("#search-query")).ToHaveValueAsync("Reykjavik");
        await tab.Locator("#search-results li").First.WaitForAsync();
        await context.CloseAsync();
    }

    private async Task<IPage> SearchPageAsync()
    {
        var tab = await site.OpenAsync("search/index.html");
        await tab.Locator("#search-form[data-ready='true']").WaitForAsync();
        return tab;
    }
}
