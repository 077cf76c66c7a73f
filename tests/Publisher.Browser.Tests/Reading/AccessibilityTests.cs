using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Publisher.Browser.Tests.Helpers;

namespace Publisher.Browser.Tests.Reading;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserSite site)
{
    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Axe_finds_no_violation_on_any_kind_of_page(ColorScheme scheme)
    {
        var pages = PageKinds.Representatives(site.Pages);
        Assert.Superset(new HashSet<string> { "index.html", "documents/*", "search", "about" }, pages.Select(PageKinds.Kind).ToHashSet());
        var context = await site.NewContextAsync(new BrowserNewContextOptions { ColorScheme = scheme });
        // The pages are checked side by side, each in its own tab, to keep the suite quick.
        var reports = await Task.WhenAll(pages.Select(async page =>
        {
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(site.Url(page));
            if (PageKinds.Kind(page) == "search")
            {
                // Check the page as a reader uses it: filters drawn, a query typed, results listed.
                await tab.FillAsync("#search-query", "Reykjavik");
                await tab.Locator("#search-results li").First.WaitForAsync();
            }

            var result = await tab.RunAxe(Rules(scheme));
            await tab.CloseAsync();
            return result.Violations.Select(v =>
                $"{page}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}");
        }));
        var problems = reports.SelectMany(r => r).ToList();
        await context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    /// <summary>Every rule in the light scheme; in the dark one only colours change, so contrast is what is checked again.</summary>
    private static AxeRunOptions? Rules(ColorScheme scheme) => scheme == ColorScheme.Dark
        ? new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "rule", Values = ["color-contrast", "link-in-text-block"] } }
        : null;

    [Fact]
    public async Task Footnote_references_and_page_numbers_are_announced_in_words()
    {
        var tab = await site.OpenAsync(Documents.Memorandum);

        var marker = tab.Locator("#page-1041");
        Assert.Equal("Page 1041", await marker.GetAttributeAsync("aria-label"));
        var reference = tab.Locator("#fnref-2");
        Assert.Equal("Notes", await tab.EvaluateAsync<string>("id => document.getElementById(document.getElementById(id).getAttribute('aria-describedby')).textContent", "fnref-2"));
        Assert.Equal("2", (await reference.TextContentAsync())?.Trim());
        Assert.Equal("Back to reference 2", await tab.Locator("#fn-2 .backref").GetAttributeAsync("aria-label"));
        await tab.Context.CloseAsync();
    }

    [Fact]
    public async Task The_skip_link_is_the_first_stop_and_shows_when_focused()
    {
        var tab = await site.OpenAsync(Documents.Memorandum);

        await tab.Keyboard.PressAsync("Tab");

        Assert.Equal("Skip to content", await tab.EvaluateAsync<string>("() => document.activeElement.textContent"));
        var box = await tab.Locator(".skip-link").BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.Y >= 0, $"the focused skip link is off screen at {box.X},{box.Y}");
        var outline = await tab.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
        await tab.Context.CloseAsync();
    }
}
