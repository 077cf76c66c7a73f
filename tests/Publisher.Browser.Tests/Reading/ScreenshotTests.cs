using Microsoft.Playwright;
using Publisher.Browser.Tests.Helpers;

namespace Publisher.Browser.Tests.Reading;

/// <summary>The README's pictures of the edition, taken in the browser on every run and kept in docs/screenshots/.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserSite site)
{
    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Screenshots_of_the_home_a_document_search_and_a_person_page(ColorScheme scheme)
    {
        var shots = new Dictionary<string, string?>
        {
            ["home"] = "index.html",
            ["document"] = Documents.Memorandum,
            ["search"] = "search/index.html?q=summit",
            ["person"] = site.Pages.FirstOrDefault(p => PageKinds.Kind(p) == "persons/*"),
        };
        var folder = Repository.PathOf("docs", "screenshots");
        Directory.CreateDirectory(folder);
        var context = await site.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme, ViewportSize = new ViewportSize { Width = 1200, Height = 860 } });
        foreach (var (name, page) in shots.Where(s => s.Value is not null))
        {
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(site.Url(page!), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            if (name == "search")
            {
                await tab.Locator("#search-results li").First.WaitForAsync();
            }

            var path = Path.Combine(folder, $"{name}-{scheme.ToString().ToLowerInvariant()}.png");
            var png = await tab.ScreenshotAsync(new PageScreenshotOptions { Path = path });
            Assert.True(png.Length > 10_000, $"{path} looks empty ({png.Length} bytes)");
            await tab.CloseAsync();
        }

        await context.CloseAsync();
    }
}
