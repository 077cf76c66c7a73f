using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Publisher.Site.Building;
using Publisher.Site.Model;
using Publisher.Site.Rendering;
using Publisher.Site.Tests.Helpers;

namespace Publisher.Site.Tests.Publishing;

/// <summary>The files around the pages: 404, .nojekyll, robots.txt, sitemap, Atom feed and canonical links.</summary>
public sealed class SiteFilesTests : IDisposable
{
    private const string BaseUrl = "https://owner.github.io/pub-edition/";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly TempFolder _folder = new();

    public SiteFilesTests() => BuiltSite.Build(_folder.Path, BaseUrl);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_site_files_exist()
    {
        foreach (var file in new[] { "404.html", ".nojekyll", "robots.txt", "sitemap.xml", "feed.xml", "edition.json" })
        {
            Assert.True(File.Exists(Path.Combine(_folder.Path, file)), file + " is missing");
        }

        Assert.Contains($"Sitemap: {BaseUrl}sitemap.xml", Read("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sitemap_lists_every_page_with_absolute_urls_and_document_dates()
    {
        var urls = XDocument.Parse(Read("sitemap.xml")).Root!.Elements(Sitemap + "url")
            .ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")!.Value);

        var pages = Directory.EnumerateFiles(_folder.Path, "index.html", SearchOption.AllDirectories)
            .Select(f => BaseUrl + Path.GetRelativePath(_folder.Path, f).Replace('\\', '/')[..^"index.html".Length]);
        Assert.Equal(pages.Order(StringComparer.Ordinal), urls.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(urls.Keys, u => u.Contains("404", StringComparison.Ordinal));
        foreach (var document in Edition.Documents.Where(d => d.Date is not null))
        {
            Assert.Equal(EditionDates.Iso(document.Date), urls[$"{BaseUrl}documents/{document.Id}/"]);
        }
    }

    [Fact]
    public void The_feed_is_atom_with_one_entry_per_document()
    {
        var feed = XDocument.Parse(Read("feed.xml")).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.False(string.IsNullOrWhiteSpace(feed.Element(Atom + "title")!.Value));
        Assert.Equal(BaseUrl + "feed.xml", feed.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);

        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(Edition.Documents.Count, entries.Count);
        foreach (var (entry, document) in entries.Zip(Edition.Documents))
        {
            Assert.Equal(document.Title, entry.Element(Atom + "title")!.Value);
            Assert.Equal($"{BaseUrl}documents/{document.Id}/", entry.Element(Atom + "id")!.Value);
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")!.Value, out _));
            Assert.Contains(entry.Elements(Atom + "link"), l => l.Attribute("href")!.Value == $"{BaseUrl}documents/{document.Id}/");
        }

        Assert.Equal(entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count(), entries.Count);
    }

    [Fact]
    public void Every_page_names_its_absolute_canonical_url_except_the_404_page()
    {
        var parser = new HtmlParser();
        foreach (var file in Directory.EnumerateFiles(_folder.Path, "index.html", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(_folder.Path, file).Replace('\\', '/')[..^"index.html".Length];
            var canonical = parser.ParseDocument(File.ReadAllText(file)).QuerySelectorAll("link[rel=canonical]").Select(l => l.GetAttribute("href")).ToList();
            Assert.Equal([BaseUrl + relative], canonical);
        }

        Assert.Empty(parser.ParseDocument(Read("404.html")).QuerySelectorAll("link[rel=canonical]"));
    }

    [Fact]
    public void A_base_path_without_a_host_gives_no_canonical_link_and_root_relative_sitemap_urls()
    {
        using var folder = new TempFolder();
        BuiltSite.Build(folder.Path, "/pub-edition/");
        Assert.DoesNotContain("rel=\"canonical\"", File.ReadAllText(Path.Combine(folder.Path, "index.html")), StringComparison.Ordinal);
        var locs = XDocument.Load(Path.Combine(folder.Path, "sitemap.xml")).Descendants(Sitemap + "loc").Select(l => l.Value).ToList();
        Assert.NotEmpty(locs);
        Assert.All(locs, l => Assert.StartsWith("/pub-edition/", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Source_date_epoch_dates_the_edition_and_undated_documents_never_the_clock()
    {
        var epoch = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);
        var set = new ContentDates(Edition.Documents, epoch.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        var unset = new ContentDates(Edition.Documents, null);

        Assert.Equal(epoch, set.Edition);
        var latest = Edition.Documents.Max(d => d.Date)!.Value;
        Assert.Equal(new DateTimeOffset(latest.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), unset.Edition);
        foreach (var document in Edition.Documents.Where(d => d.Date is not null))
        {
            Assert.Equal(DateOnly.FromDateTime(set.Of(document).UtcDateTime), document.Date);
        }
    }

    private string Read(string relative) => File.ReadAllText(Path.Combine(_folder.Path, relative));
}
