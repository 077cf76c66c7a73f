using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Publisher.Site.Tests.Helpers;

namespace Publisher.Site.Tests.Hostile;

/// <summary>
/// Seeds written to attack readers — script elements, event handlers, <c>javascript:</c> URLs and links, Scriban
/// code — in titles, paragraphs, speaker turns, participants, notes and a file name, built through the real
/// pipeline: every page and export keeps them as text, and none of them becomes markup or runs as template code.
/// </summary>
public sealed partial class HostileTextTests(HostileSiteFixture site) : IClassFixture<HostileSiteFixture>
{
    private const string Scriban = "{{ 7 * 191 }}";

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "poster", "xlink:href", "srcset", "background", "ping"];

    private static readonly string[] ForeignElements = ["iframe", "object", "embed", "base", "svg", "math", "frame", "applet", "style"];

    [Fact]
    public void The_hostile_seeds_build_without_a_stack_trace()
    {
        Assert.True(site.Compile.ExitCode == 0, site.Compile.Output);
        Assert.True(site.Build.ExitCode == 0, site.Build.Output);
        Assert.False(site.Build.HasStackTrace, site.Build.Output);
        Assert.Contains("documents/001_hostile_memorandum/index.html", site.Files);
        Assert.Contains("documents/002_hostile_session/index.html", site.Files);
        Assert.Contains("documents/003_hostile_plain/index.html", site.Files);
    }

    [Fact]
    public void Template_code_in_a_seed_is_never_evaluated()
    {
        Assert.NotEmpty(site.Files);
        foreach (var file in site.Files)
        {
            Assert.False(Evaluated().IsMatch(site.Read(file)), $"{file} shows 1337: a seed's {Scriban} ran as template code");
        }
    }

    [Fact]
    public void Pages_carry_no_injected_element_handler_or_javascript_link()
    {
        var parser = new HtmlParser();
        var pages = site.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= 6, string.Join(", ", pages));
        foreach (var page in pages)
        {
            var document = parser.ParseDocument(site.Read(page));
            foreach (var element in document.All)
            {
                var where = $"{page}: <{element.LocalName}>";
                Assert.DoesNotContain(element.Attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
                Assert.DoesNotContain(element.LocalName, ForeignElements);
                if (element.LocalName == "form")
                {
                    // The one form of the site is its own search box, which submits to the search page.
                    Assert.Equal(("search/index.html", "/search/"), (page, element.GetAttribute("action")));
                }

                foreach (var attribute in element.Attributes.Where(a => UrlAttributes.Contains(a.Name, StringComparer.OrdinalIgnoreCase)))
                {
                    Assert.False(IsScriptUrl(attribute.Value), $"{where} {attribute.Name}=\"{attribute.Value}\"");
                }

                if (element.LocalName == "script" && element.GetAttribute("type") == "application/ld+json")
                {
                    // Structured data, never run: it must stay one JSON value with no way to close its element.
                    using var data = JsonDocument.Parse(element.TextContent);
                    Assert.DoesNotContain("<", element.TextContent, StringComparison.Ordinal);
                }
                else if (element.LocalName == "script")
                {
                    Assert.False(string.IsNullOrEmpty(element.GetAttribute("src")), $"{where} is an inline script: {element.OuterHtml}");
                    Assert.DoesNotContain("alert", element.OuterHtml, StringComparison.Ordinal);
                }

                if (element.LocalName == "img")
                {
                    Assert.NotEqual("x", element.GetAttribute("src"));
                }
            }
        }
    }

    [Fact]
    public void Every_hostile_page_keeps_the_policies_and_loads_nothing_from_elsewhere()
    {
        var pages = site.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(pages);
        Assert.Empty(pages.SelectMany(p => SiteHardening.Problems(p, site.Read(p))));
    }

    [Theory]
    [InlineData("documents/001_hostile_memorandum/index.html", "<script>alert(\"title\")</script>", "<script>alert(\"participant\")</script>", "<img src=x onerror=alert(\"paragraph\")>", "\"><svg onload=alert(\"footnote\")>", "<script>alert(\"editorial note\")</script>", "[link](javascript:alert(\"paragraph\"))")]
    [InlineData("documents/002_hostile_session/index.html", "<script>alert(\"speech\")</script>", "<img src=x onerror=alert(\"speech\")>", "<b onmouseover=alert(\"group\")>", "<script>alert(\"source\")</script>")]
    [InlineData("documents/003_hostile_plain/index.html", "<script>alert(\"plain title\")</script>", "[javascript](javascript:alert(\"plain\"))", "{{ for x in 1..3 }}{{ x }}{{ end }}", "{{ Site.Title }}")]
    [InlineData("index.html", "<script>alert(\"edition title\")</script>", "<img src=x onerror=alert(\"introduction\")>", "A note filed under a hostile name")]
    public void Hostile_text_is_shown_as_written(string page, params string[] texts)
    {
        var text = Normalise(new HtmlParser().ParseDocument(site.Read(page)).Body!.TextContent);

        Assert.Contains(Scriban, text, StringComparison.Ordinal);
        foreach (var expected in texts)
        {
            Assert.Contains(Normalise(expected), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Tei_exports_hold_the_hostile_text_as_text_only()
    {
        XNamespace tei = "http://www.tei-c.org/ns/1.0";
        var exports = site.Files.Where(f => f.StartsWith("documents/", StringComparison.Ordinal) && f.EndsWith(".xml", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, exports.Count);
        foreach (var export in exports)
        {
            var xml = XDocument.Parse(site.Read(export));
            Assert.All(xml.Descendants(), e => Assert.Equal(tei, e.Name.Namespace));
            Assert.DoesNotContain(xml.Descendants(), e => e.Name.LocalName is "script" or "img" or "svg");
            Assert.DoesNotContain(xml.Descendants().Attributes(), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal) || IsScriptUrl(a.Value));
            Assert.DoesNotContain(xml.Descendants().Where(e => e.Name.LocalName == "ref"), e => IsScriptUrl((string?)e.Attribute("target") ?? string.Empty));
        }

        var memorandum = XDocument.Parse(site.Read("documents/001_hostile_memorandum/001_hostile_memorandum.xml")).Root!.Value;
        Assert.Contains("<script>alert(\"paragraph\")</script>", memorandum, StringComparison.Ordinal);
        Assert.Contains(Scriban, memorandum, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_exports_are_well_formed_with_no_markup_characters_and_no_script_urls()
    {
        var exports = site.Files.Where(f => f.EndsWith(".json", StringComparison.Ordinal)).ToList();
        Assert.Contains("edition.json", exports);
        foreach (var export in exports)
        {
            var raw = site.Read(export);

            // '<' and '>' are always escaped, so a JSON file inlined in a page can never open an element.
            Assert.DoesNotContain('<', raw);
            using var json = JsonDocument.Parse(raw);
            var strings = Strings(json.RootElement, string.Empty).ToList();
            Assert.DoesNotContain(strings, s => IsUrlKey(s.Key) && IsScriptUrl(s.Value));
        }

        using var edition = JsonDocument.Parse(site.Read("edition.json"));
        var sources = edition.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("source").GetString()).ToList();
        Assert.Contains(HostileSiteFixture.HostileFileName, sources);
        foreach (var document in edition.RootElement.GetProperty("documents").EnumerateArray())
        {
            Assert.Matches("^documents/[a-z0-9_-]+/$", document.GetProperty("url").GetString());
        }

        var memorandum = Strings(JsonDocument.Parse(site.Read("documents/001_hostile_memorandum/001_hostile_memorandum.json")).RootElement, string.Empty).Select(s => s.Value);
        Assert.Contains(memorandum, s => s.Contains("<script>alert(\"paragraph\")</script>", StringComparison.Ordinal));
    }

    [Fact]
    public void Plain_text_exports_reproduce_the_hostile_text_as_written()
    {
        var exports = site.Files.Where(f => f.StartsWith("documents/", StringComparison.Ordinal) && f.EndsWith(".txt", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, exports.Count);
        var memorandum = site.Read("documents/001_hostile_memorandum/001_hostile_memorandum.txt");
        Assert.Contains("<script>alert(\"paragraph\")</script>", memorandum, StringComparison.Ordinal);
        Assert.Contains(Scriban, memorandum, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_xml_files_are_well_formed_and_free_of_script_urls()
    {
        foreach (var file in site.Files.Where(f => f.EndsWith(".xml", StringComparison.Ordinal) && !f.StartsWith("documents/", StringComparison.Ordinal)))
        {
            var xml = XDocument.Parse(site.Read(file));
            Assert.DoesNotContain(xml.Descendants(), e => IsScriptUrl(e.Value) || e.Name.LocalName == "script");
            Assert.DoesNotContain(xml.Descendants().Attributes(), a => IsScriptUrl(a.Value));
        }
    }

    /// <summary>
    /// The Pagefind search index (built by the Cake target Index; `npm ci` installs Pagefind): each page's fragment
    /// holds the hostile text as plain text, as written, for the search page to show as text.
    /// </summary>
    [Fact]
    public void The_search_index_holds_the_hostile_text_as_written()
    {
        var pagefind = Path.Combine(RepositoryFiles.Root, "node_modules", ".bin", "pagefind");
        Assert.True(File.Exists(pagefind), "Pagefind is not installed: run `npm ci` (dotnet cake --target=Test does)");
        var indexed = Path.Combine(Path.GetTempPath(), "publisher-hostile-index-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var file in site.Files)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(indexed, file))!);
                File.Copy(Path.Combine(site.Output, file), Path.Combine(indexed, file));
            }

            var run = ProcessResult.Run(pagefind, indexed, "--site", indexed, "--quiet");
            Assert.True(run.ExitCode == 0, run.Output);

            var fragments = Directory.EnumerateFiles(Path.Combine(indexed, "pagefind", "fragment")).Select(ReadFragment).ToList();
            Assert.NotEmpty(fragments);
            var all = string.Join("\n", fragments.Select(f => f.RootElement.GetProperty("content").GetString() + "\n" + f.RootElement.GetProperty("meta").GetProperty("title").GetString()));
            Assert.False(Evaluated().IsMatch(all), "the search index shows 1337");
            Assert.Contains(Scriban, all, StringComparison.Ordinal);
            Assert.Contains("<script>alert(\"paragraph\")</script>", Normalise(all), StringComparison.Ordinal);
            Assert.All(fragments, f => Assert.False(IsScriptUrl(f.RootElement.GetProperty("url").GetString()!)));
        }
        finally
        {
            Directory.Delete(indexed, recursive: true);
        }
    }

    private static JsonDocument ReadFragment(string path)
    {
        using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var text = reader.ReadToEnd();
        const string Signature = "pagefind_dcd";
        return JsonDocument.Parse(text.StartsWith(Signature, StringComparison.Ordinal) ? text[Signature.Length..] : text);
    }

    private static bool IsUrlKey(string key) => key is "url" or "tei" or "json" or "txt" or "href" or "baseUrl" || key.EndsWith("Url", StringComparison.Ordinal);

    /// <summary>A URL a browser would run as script, allowing for the whitespace and control characters browsers strip.</summary>
    private static bool IsScriptUrl(string value)
    {
        var squeezed = new string([.. value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]);
        return squeezed.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || squeezed.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
            || squeezed.StartsWith("data:text/html", StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<(string Key, string Value)> Strings(JsonElement element, string key) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value, p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(e => Strings(e, key)),
        JsonValueKind.String => [(key, element.GetString()!)],
        _ => [],
    };

    /// <summary>Runs of whitespace as one space, and typographic quotes as straight ones, for comparing shown text.</summary>
    private static string Normalise(string text) => Whitespace().Replace(text, " ").Replace('“', '"').Replace('”', '"');

    [GeneratedRegex(@"(?<![\d.])1337(?![\d])")]
    private static partial Regex Evaluated();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
