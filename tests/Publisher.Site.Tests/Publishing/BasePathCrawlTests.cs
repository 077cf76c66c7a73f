using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Publisher.Site.Model;
using Publisher.Site.Tests.Helpers;

namespace Publisher.Site.Tests.Publishing;

/// <summary>
/// The edition built for <c>/pub-edition/</c>, served under that prefix on loopback and crawled over HTTP from the home
/// page, the sitemap, the feed, robots.txt and a missing deep URL (the 404 page): every internal link must answer
/// and none may leave the prefix.
/// </summary>
public sealed class BasePathCrawlTests
{
    private const string Prefix = "/pub-edition/";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_link_resolves_under_the_prefix(bool absoluteBaseUrl)
    {
        using var folder = new TempFolder();
        var port = FreePort.Next();
        var origin = new Uri($"http://127.0.0.1:{port}");
        BuiltSite.Build(folder.Path, absoluteBaseUrl ? new Uri(origin, Prefix).ToString() : Prefix);
        using var server = new PrefixServer(folder.Path, port, Prefix);
        using var http = new HttpClient { BaseAddress = origin, Timeout = TimeSpan.FromSeconds(30) };

        var crawl = await Crawl(http, origin);

        Assert.Empty(crawl.Broken);
        Assert.Empty(crawl.Outside);
        foreach (var document in Edition.Documents)
        {
            Assert.Contains($"{Prefix}documents/{document.Id}/", crawl.Visited);
            Assert.Contains($"{Prefix}documents/{document.Id}/{document.Id}.xml", crawl.Visited);
        }

        Assert.Contains($"{Prefix}assets/site.css", crawl.Visited);
        Assert.Contains($"{Prefix}about/", crawl.Visited);
    }

    [Fact]
    public async Task A_missing_page_at_any_depth_gets_the_404_page_with_working_links()
    {
        using var folder = new TempFolder();
        var port = FreePort.Next();
        BuiltSite.Build(folder.Path, Prefix);
        using var server = new PrefixServer(folder.Path, port, Prefix);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        foreach (var missing in new[] { "nothing-here", "documents/none/", "a/b/c/d/e.html" })
        {
            var response = await http.GetAsync(Prefix + missing);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
            Assert.Contains("Page not found", page.Title, StringComparison.Ordinal);
            // Fragment-only links (the skip link) point into the 404 page itself.
            foreach (var link in page.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!).Where(h => !h.StartsWith('#')))
            {
                var target = new Uri(new Uri(http.BaseAddress!, Prefix + missing), link);
                Assert.StartsWith(Prefix, target.AbsolutePath, StringComparison.Ordinal);
                Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(target)).StatusCode);
            }
        }
    }

    private static async Task<CrawlResult> Crawl(HttpClient http, Uri origin)
    {
        var result = new CrawlResult();
        var queue = new Queue<(Uri Url, string From)>();
        void Enqueue(Uri url, string from)
        {
            var withoutFragment = new UriBuilder(url) { Fragment = string.Empty }.Uri;
            if (withoutFragment.Scheme is not ("http" or "https") || withoutFragment.Authority != origin.Authority)
            {
                return;
            }

            if (!withoutFragment.AbsolutePath.StartsWith(Prefix, StringComparison.Ordinal))
            {
                result.Outside.Add($"{url} (from {from})");
            }
            else if (result.Visited.Add(withoutFragment.AbsolutePath))
            {
                queue.Enqueue((withoutFragment, from));
            }
        }

        foreach (var start in new[] { string.Empty, "sitemap.xml", "feed.xml", "robots.txt" })
        {
            Enqueue(new Uri(origin, Prefix + start), "start");
        }

        var parser = new HtmlParser();
        while (queue.Count > 0)
        {
            var (url, from) = queue.Dequeue();
            using var response = await http.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                result.Broken.Add($"{url.AbsolutePath} answered {(int)response.StatusCode} (linked from {from})");
                continue;
            }

            var text = await response.Content.ReadAsStringAsync();
            foreach (var link in Links(parser, url, text))
            {
                if (Uri.TryCreate(url, link, out var target))
                {
                    Enqueue(target, url.AbsolutePath);
                }
                else
                {
                    result.Broken.Add($"'{link}' on {url.AbsolutePath} is not a URL");
                }
            }
        }

        return result;
    }

    private static IEnumerable<string> Links(HtmlParser parser, Uri url, string text)
    {
        var path = url.AbsolutePath;
        if (path.EndsWith('/') || path.EndsWith(".html", StringComparison.Ordinal))
        {
            var page = parser.ParseDocument(text);
            foreach (var element in page.QuerySelectorAll("[href], [src], [srcset]"))
            {
                foreach (var value in new[] { element.GetAttribute("href"), element.GetAttribute("src") }.OfType<string>())
                {
                    yield return value;
                }

                foreach (var candidate in (element.GetAttribute("srcset") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    yield return candidate.Split(' ')[0];
                }
            }
        }
        else if (path.EndsWith("sitemap.xml", StringComparison.Ordinal) || path.EndsWith("feed.xml", StringComparison.Ordinal))
        {
            var xml = XDocument.Parse(text);
            foreach (var loc in xml.Descendants().Where(e => e.Name.LocalName == "loc"))
            {
                yield return loc.Value;
            }

            foreach (var link in xml.Descendants().Where(e => e.Name.LocalName == "link"))
            {
                yield return link.Attribute("href")!.Value;
            }
        }
        else if (path.EndsWith("robots.txt", StringComparison.Ordinal))
        {
            foreach (var line in text.Split('\n').Where(l => l.StartsWith("Sitemap:", StringComparison.Ordinal)))
            {
                yield return line["Sitemap:".Length..].Trim();
            }
        }
    }

    private sealed class CrawlResult
    {
        public HashSet<string> Visited { get; } = new(StringComparer.Ordinal);

        public List<string> Broken { get; } = [];

        public List<string> Outside { get; } = [];
    }
}
