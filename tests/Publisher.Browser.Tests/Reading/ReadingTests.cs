using Microsoft.Playwright;
using Publisher.Browser.Tests.Helpers;

namespace Publisher.Browser.Tests.Reading;

[Collection(BrowserCollection.Name)]
public sealed class ReadingTests(BrowserSite site)
{
    [Fact]
    public async Task A_footnote_reference_leads_to_its_note_and_back()
    {
        var tab = await site.OpenAsync(Documents.Memorandum);

        await tab.ClickAsync("#fnref-2");
        await tab.WaitForURLAsync("**#fn-2");
        Assert.True(await InViewAsync(tab, "fn-2"), "note 2 is not on screen after following its reference");

        await tab.ClickAsync("#fn-2 .backref");
        await tab.WaitForURLAsync("**#fnref-2");
        Assert.True(await InViewAsync(tab, "fnref-2"), "reference 2 is not on screen after following the note's back link");
        await tab.Context.CloseAsync();
    }

    [Fact]
    public async Task A_page_address_scrolls_to_its_printed_page_marker()
    {
        var context = await site.NewContextAsync();
        var tab = await context.NewPageAsync();

        await tab.GotoAsync(site.Url(Documents.Memorandum) + "#page-1041");

        Assert.True(await tab.EvaluateAsync<double>("() => window.scrollY") > 0, "the page did not scroll");
        Assert.True(await InViewAsync(tab, "page-1041"), "the marker of page 1041 is not on screen");
        await context.CloseAsync();
    }

    [Fact]
    public async Task No_page_scrolls_sideways_on_a_320_pixel_phone()
    {
        var context = await site.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 320, Height = 640 } });
        var wide = new List<string>();
        foreach (var page in PageKinds.Representatives(site.Pages))
        {
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(site.Url(page));
            var overflow = await tab.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0)
            {
                wide.Add($"{page}: {overflow}px too wide");
            }

            await tab.CloseAsync();
        }

        await context.CloseAsync();
        Assert.True(wide.Count == 0, string.Join(Environment.NewLine, wide));
    }

    [Fact]
    public async Task Page_numbers_stand_in_the_margin_on_wide_screens_and_inline_on_narrow_ones()
    {
        // Per marker: [where its drawn label is positioned, the label's left offset, the marker's own width].
        const string Script = """
            ids => ids.map(id => {
              const marker = document.getElementById(id);
              const label = getComputedStyle(marker, '::after');
              return [label.position, label.left, String(marker.getBoundingClientRect().width)];
            })
            """;
        string[] markers = ["page-1041", "page-1042"];
        var wide = await site.OpenAsync(Documents.Memorandum, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        var narrow = await site.OpenAsync(Documents.Memorandum, new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 800 } });

        var inMargin = await wide.EvaluateAsync<string[][]>(Script, markers);
        var inline = await narrow.EvaluateAsync<string[][]>(Script, markers);

        Assert.All(inMargin, m =>
        {
            Assert.Equal("absolute", m[0]);
            Assert.StartsWith("-", m[1], StringComparison.Ordinal);
        });
        Assert.All(inline, m =>
        {
            Assert.NotEqual("absolute", m[0]);
            Assert.True(double.Parse(m[2], System.Globalization.CultureInfo.InvariantCulture) > 20, $"the inline marker is {m[2]}px wide");
        });
        await wide.Context.CloseAsync();
        await narrow.Context.CloseAsync();
    }

    [Fact]
    public async Task Dark_mode_changes_the_colours()
    {
        const string Colours = "() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]";
        var light = await site.OpenAsync(Documents.Memorandum, new BrowserNewContextOptions { ColorScheme = ColorScheme.Light });
        var dark = await site.OpenAsync(Documents.Memorandum, new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });

        var lightColours = await light.EvaluateAsync<string[]>(Colours);
        var darkColours = await dark.EvaluateAsync<string[]>(Colours);

        Assert.NotEqual(lightColours[0], darkColours[0]);
        Assert.NotEqual(lightColours[1], darkColours[1]);
        await light.Context.CloseAsync();
        await dark.Context.CloseAsync();
    }

    [Fact]
    public async Task Printing_hides_the_navigation_and_keeps_the_notes_and_addresses()
    {
        var tab = await site.OpenAsync(Documents.Memorandum);

        await tab.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        Assert.False(await tab.Locator("nav[aria-label='Site']").IsVisibleAsync());
        Assert.False(await tab.Locator(".prev-next").IsVisibleAsync());
        Assert.True(await tab.Locator("#fn-2").IsVisibleAsync());
        var shownAddress = await tab.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.source-lines a, .footnotes a[href^=\"/\"], main a[href^=\"/\"]:not(.page)'), '::after').content");
        Assert.Contains("/edition/", shownAddress, StringComparison.Ordinal);
        await tab.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_documents_read_fully_and_search_says_why_it_cannot_run()
    {
        var options = new BrowserNewContextOptions { JavaScriptEnabled = false };
        var document = await site.OpenAsync(Documents.Memorandum, options);
        var search = await site.OpenAsync("search/index.html", options);

        Assert.True(await document.Locator("#fn-2").IsVisibleAsync());
        Assert.Contains("Bessmertnykh", await document.Locator(".document-body").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Document 256", await document.Locator("#cite-chicago").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("needs JavaScript", await search.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await document.Context.CloseAsync();
        await search.Context.CloseAsync();
    }

    [Fact]
    public async Task No_page_asks_another_host_for_anything()
    {
        var context = await site.NewContextAsync();
        foreach (var page in site.Pages)
        {
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(site.Url(page), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            await tab.CloseAsync();
        }

        var search = await context.NewPageAsync();
        await search.GotoAsync(site.Url("search/index.html") + "?q=summit", new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await search.Locator("#search-results li").First.WaitForAsync();
        await context.CloseAsync();

        Assert.Empty(site.ForeignRequests);
    }

    private static Task<bool> InViewAsync(IPage tab, string id) => tab.EvaluateAsync<bool>(
        "id => { const r = document.getElementById(id).getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }", id);
}
