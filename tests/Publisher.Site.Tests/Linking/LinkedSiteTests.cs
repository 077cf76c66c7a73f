using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Publisher.Site.Linking;
using Publisher.Site.Model;
using Publisher.Site.Tests.Helpers;
using Publisher.Site.Tests.Rendering;

namespace Publisher.Site.Tests.Linking;

public sealed class LinkedSiteTests : IClassFixture<BuiltSiteFixture>
{
    private const string Memorandum = "003_90912159ad8af0ba";
    private const string SessionNotes = "000_f1b63ae9a0998c51";
    private readonly BuiltSite _site;

    public LinkedSiteTests(BuiltSiteFixture fixture) => _site = fixture.Site;

    private IHtmlDocument Page(string path) => new HtmlParser().ParseDocument(_site.Read(path));

    private bool PageExists(string href) => File.Exists(Path.Combine(_site.Root, href.TrimStart('/').Split('#')[0], "index.html"));

    [Fact]
    public void Every_speaker_turn_of_the_politburo_notes_links_to_a_person_page()
    {
        var speakers = Page($"documents/{SessionNotes}/index.html").QuerySelectorAll(".turn .speaker");

        Assert.Equal(43, speakers.Length);
        Assert.All(speakers, speaker =>
        {
            var href = speaker.QuerySelector("a")?.GetAttribute("href");
            Assert.NotNull(href);
            Assert.StartsWith("/persons/", href, StringComparison.Ordinal);
            Assert.True(PageExists(href), href);
        });
        var doubtful = Assert.Single(speakers, s => s.TextContent == "GORBACHEVA.");
        Assert.Equal("/persons/gorbachev/", doubtful.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("true", doubtful.QuerySelector("a")!.GetAttribute("data-doubtful"));
    }

    [Fact]
    public void Every_chair_attendee_and_participant_of_both_seeds_has_a_registry_page()
    {
        var index = LinkIndex.FromEdition(Edition.Documents);
        var names = index.Registry.Resolutions.Where(r => r.Kind is "chair" or "attendee" or "participant").ToList();

        Assert.Equal(1 + 16 + 8, names.Count);
        Assert.All(names, r =>
        {
            Assert.Equal("identified", index.Persons[r.Person].Status);
            Assert.True(PageExists(LinkUrls.Person(r.Person)), r.Person);
        });
        Assert.Equal("solomentsev", index.Resolve(SessionNotes, "Solomentsev V.C.")!.Person);
        Assert.Equal("yeltsin", index.Resolve(SessionNotes, "Eltsin B.N.")!.Person);
    }

    [Fact]
    public void Gorbachevs_page_lists_both_documents_with_speeches_linked_to_paragraphs()
    {
        var page = Page("persons/gorbachev/index.html");
        var links = page.QuerySelectorAll(".occurrences a").Select(a => a.GetAttribute("href")!).ToList();

        Assert.Contains(links, l => l.StartsWith($"/documents/{Memorandum}/#", StringComparison.Ordinal));
        Assert.Contains(links, l => l.StartsWith($"/documents/{SessionNotes}/#p-", StringComparison.Ordinal));
        Assert.Contains("16 speeches", page.QuerySelector(".counts")!.TextContent, StringComparison.Ordinal);
        var session = Page($"documents/{SessionNotes}/index.html");
        Assert.All(links.Where(l => l.StartsWith($"/documents/{SessionNotes}/#", StringComparison.Ordinal)), l => Assert.NotNull(session.GetElementById(l.Split('#')[1])));
    }

    [Fact]
    public void The_persons_index_is_grouped_by_side_and_alphabetical()
    {
        var page = Page("persons/index.html");

        Assert.Equal(["soviet", "us", "other", "groups"], page.QuerySelectorAll(".person-group h2").Select(h => h.Id!));
        var us = page.QuerySelectorAll("#us ~ .person-list a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Michael Armacost", "Robert B. Barker", "Robert L. Barry", "Bruce Burton"], us.Take(4));
        Assert.Contains("[Francois] Morois", page.QuerySelector("#other ~ .person-list")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Unidentified", Page("persons/morois/index.html").QuerySelector(".status")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_glossary_has_an_anchor_for_each_abbreviation()
    {
        var page = Page("glossary/index.html");
        string[] anchors = ["sdi", "abm", "nst", "inf", "mbfr", "cde", "cw", "cd", "nrrc", "scc", "nac", "nato", "usia", "cc-cpsu", "das", "dcm", "nsc", "sov", "formin"];

        Assert.All(anchors, id => Assert.NotNull(page.GetElementById(id)));
        Assert.NotNull(page.GetElementById("scc-standing-consultative-commission"));
        Assert.NotNull(page.GetElementById("scc-special-coordinating-committee"));
    }

    [Fact]
    public void Term_mentions_are_abbreviations_inside_links_and_SCC_is_resolved_in_the_memorandum()
    {
        var page = Page($"documents/{Memorandum}/index.html");

        var scc = page.QuerySelectorAll("a.term").Single(a => a.TextContent == "SCC");
        Assert.Equal("/glossary/#scc-standing-consultative-commission", scc.GetAttribute("href"));
        Assert.Equal("Standing Consultative Commission", scc.QuerySelector("abbr")!.GetAttribute("title"));
    }

    [Fact]
    public void Mentions_are_never_inside_another_link_and_follow_the_density_rule()
    {
        foreach (var id in new[] { Memorandum, SessionNotes })
        {
            var page = Page($"documents/{id}/index.html");
            Assert.Empty(page.QuerySelectorAll("a a"));
            foreach (var paragraph in page.QuerySelectorAll(".document-body p, .footnotes li"))
            {
                var targets = paragraph.QuerySelectorAll("a.mention").Select(a => a.GetAttribute("href")).ToList();
                Assert.Equal(targets.Count, targets.Distinct().Count());
            }
        }
    }

    [Fact]
    public void The_scanner_finds_whole_words_only_and_the_longest_form()
    {
        var person = new PersonRecord { Id = "reagan", Name = "Ronald Reagan" };
        var ridgway = new PersonRecord { Id = "ridgway", Name = "Rozanne Ridgway" };
        var scanner = new MentionScanner(
        [
            new MentionTarget(MentionKind.Person, "Reagan", person, [], null),
            new MentionTarget(MentionKind.Person, "Roz", ridgway, [], null),
            new MentionTarget(MentionKind.Person, "Roz Ridgway", ridgway, [], null),
        ]);

        Assert.Empty(scanner.Scan("Reaganomics and Rozanne"));
        Assert.Equal(["Reagan"], scanner.Scan("Reagan’s speech").Select(m => m.Target.Form));
        Assert.Equal(["Roz Ridgway"], scanner.Scan("I will tell him that Roz Ridgway is away").Select(m => m.Target.Form));
    }

    [Fact]
    public void The_chronology_puts_documents_and_events_in_date_order_linked_to_their_mentions()
    {
        var page = Page("chronology/index.html");
        var items = page.QuerySelectorAll(".chronology > li").ToList();
        var dates = items.Select(i => i.QuerySelector("time")!.GetAttribute("datetime")!).ToList();

        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        var ids = items.Select(i => i.Id!).ToList();
        Assert.True(ids.IndexOf("event-geneva-summit-1985") < ids.IndexOf($"document-{Memorandum}"));
        Assert.True(ids.IndexOf($"document-{Memorandum}") < ids.IndexOf("event-reykjavik-1986"));
        Assert.True(ids.IndexOf("event-reykjavik-1986") < ids.IndexOf($"document-{SessionNotes}"));
        var letter = page.GetElementById("event-gorbachev-letter-1986-06-19")!;
        Assert.StartsWith($"/documents/{Memorandum}/#p-", letter.QuerySelector(".occurrences a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void Each_document_lists_the_other_as_related()
    {
        var memorandum = Page($"documents/{Memorandum}/index.html");
        var session = Page($"documents/{SessionNotes}/index.html");

        Assert.Equal($"/documents/{SessionNotes}/", memorandum.QuerySelector(".related-documents a")!.GetAttribute("href"));
        Assert.Equal($"/documents/{Memorandum}/", session.QuerySelector(".related-documents a")!.GetAttribute("href"));
        Assert.Contains("Mikhail Gorbachev", memorandum.QuerySelector(".related-documents")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Edition_json_lists_persons_terms_and_each_documents_persons()
    {
        using var json = System.Text.Json.JsonDocument.Parse(_site.Read("edition.json"));
        var root = json.RootElement;

        var persons = root.GetProperty("persons").EnumerateArray().ToList();
        Assert.Contains(persons, p => p.GetProperty("id").GetString() == "gorbachev" && p.GetProperty("url").GetString() == "persons/gorbachev/");
        Assert.Contains(root.GetProperty("terms").EnumerateArray(), t => t.GetProperty("term").GetString() == "SDI" && t.GetProperty("url").GetString() == "glossary/#sdi");
        Assert.All(root.GetProperty("documents").EnumerateArray(), d =>
            Assert.Contains(d.GetProperty("persons").EnumerateArray(), p => p.GetString() == "gorbachev"));
    }
}
