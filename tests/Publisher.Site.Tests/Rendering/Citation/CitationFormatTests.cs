using System.Text.Json;
using Publisher.Site.Model;
using Publisher.Site.Rendering.Citation;

namespace Publisher.Site.Tests.Rendering.Citation;

public sealed class CitationFormatTests
{
    private static readonly CitationData Memorandum = new(
        "003_x",
        "Visit of Deputy Foreign Minister Bessmertnykh",
        256,
        new DateOnly(1986, 7, 26),
        Genre.Memorandum,
        "Soviet–American Diplomacy, 1986",
        "https://example.org/ed/documents/003_x/",
        ["1041", "1042"],
        new Provenance { Archive = "Department of State", File = "Lot 90D397." });

    private static readonly CitationData Awkward = Memorandum with
    {
        Title = "Notes on {braces} & 50% of #1 </script><b>",
        Number = null,
        Date = null,
        Url = "/ed/documents/003_x/",
        Provenance = new Provenance(),
    };

    [Fact]
    public void Chicago_names_title_genre_date_archive_number_edition_and_address()
    {
        var text = CitationText.Chicago(Memorandum).Html;

        Assert.StartsWith("“Visit of Deputy Foreign Minister Bessmertnykh.” Memorandum of conversation, July 26, 1986. Department of State, Lot 90D397. Document 256", text, StringComparison.Ordinal);
        Assert.EndsWith(". In <i>Soviet–American Diplomacy, 1986</i>. <span class=\"cite-url\">https://example.org/ed/documents/003_x/</span>.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Mla_uses_day_month_year_with_MLA_month_abbreviations()
    {
        var text = CitationText.Mla(Memorandum with { Date = new DateOnly(1986, 9, 3) }).Html;

        Assert.StartsWith("“Visit of Deputy Foreign Minister Bessmertnykh.” 3 Sept. 1986. <i>Soviet–American Diplomacy, 1986</i>, no. 256", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Citation_text_escapes_markup_in_the_title()
    {
        var text = CitationText.Chicago(Awkward).Html + CitationText.Mla(Awkward).Html;

        Assert.DoesNotContain("<b>", text, StringComparison.Ordinal);
        Assert.Contains("&lt;/script&gt;&lt;b&gt;", text, StringComparison.Ordinal);
    }

    [Fact]
    public void BibTeX_escapes_TeX_specials_and_gives_date_and_number()
    {
        var bib = BibTexFormat.Export(Memorandum);
        var awkward = BibTexFormat.Export(Awkward);

        Assert.StartsWith("@misc{003_x,\n", bib, StringComparison.Ordinal);
        Assert.Contains("  year = {1986},\n  month = jul,\n", bib, StringComparison.Ordinal);
        Assert.Contains("  number = {256},\n", bib, StringComparison.Ordinal);
        Assert.Contains(@"title = {{Notes on \{braces\} \& 50\% of \#1 </script><b>}}", awkward, StringComparison.Ordinal);
        Assert.DoesNotContain("year", awkward, StringComparison.Ordinal);
        Assert.Equal(awkward.Count(c => c == '{') - awkward.Count(c => c == '}'), CountEscaped(awkward, '{') - CountEscaped(awkward, '}'));
    }

    [Fact]
    public void RIS_is_one_tag_a_line_with_CRLF_and_ends_with_ER()
    {
        var ris = RisFormat.Export(Memorandum with { Title = "Two\nlines" });
        var lines = ris.Split("\r\n");

        Assert.Equal("TY  - MANSCPT", lines[0]);
        Assert.Contains("TI  - Two lines", lines);
        Assert.Contains("DA  - 1986/07/26/", lines);
        Assert.Contains("M1  - 256", lines);
        Assert.Equal("ER  - ", lines[^2]);
        Assert.DoesNotContain('\n', ris.Replace("\r\n", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void CSL_JSON_is_a_one_item_array_with_date_parts()
    {
        using var json = JsonDocument.Parse(CslJsonFormat.Export(Memorandum));
        var item = json.RootElement.EnumerateArray().Single();

        Assert.Equal("manuscript", item.GetProperty("type").GetString());
        Assert.Equal([1986, 7, 26], item.GetProperty("issued").GetProperty("date-parts")[0].EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal("Department of State", item.GetProperty("archive").GetString());
        Assert.Equal("Lot 90D397.", item.GetProperty("archive_location").GetString());
    }

    [Fact]
    public void Head_metadata_escapes_values_and_no_data_can_close_the_JSON_LD_script()
    {
        var head = HeadMetadata.Build(Awkward, "a \"quoted\" description", []).Html;

        Assert.Contains("<meta name=\"citation_title\" content=\"Notes on {braces} &amp; 50% of #1 &lt;/script&gt;&lt;b&gt;\">", head, StringComparison.Ordinal);
        Assert.Equal(1, head.Split("</script>").Length - 1);
        Assert.DoesNotContain("og:url", head, StringComparison.Ordinal);
        var jsonLd = head[(head.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal) + 35)..head.LastIndexOf("</script>", StringComparison.Ordinal)];
        using var parsed = JsonDocument.Parse(jsonLd);
        Assert.Equal(Awkward.Title, parsed.RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public void Head_metadata_gives_absolute_addresses_when_the_site_knows_its_host()
    {
        var head = HeadMetadata.Build(Memorandum, "d", []).Html;

        Assert.Contains("<meta property=\"og:url\" content=\"https://example.org/ed/documents/003_x/\">", head, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"citation_date\" content=\"1986/07/26\">", head, StringComparison.Ordinal);
    }

    [Fact]
    public void A_translated_document_names_its_translator_in_every_format()
    {
        var translated = Memorandum with { Provenance = new Provenance { Translator = "Svetlana Savranskaya" } };

        Assert.Contains("July 26, 1986. Translated by Svetlana Savranskaya. Document 256", CitationText.Chicago(translated).Html, StringComparison.Ordinal);
        Assert.Contains("” Translated by Svetlana Savranskaya, 26 July 1986. <i>", CitationText.Mla(translated).Html, StringComparison.Ordinal);
        Assert.Contains("  translator = {Svetlana Savranskaya},\n", BibTexFormat.Export(translated), StringComparison.Ordinal);
        using var csl = JsonDocument.Parse(CslJsonFormat.Export(translated));
        Assert.Equal("Svetlana Savranskaya", csl.RootElement[0].GetProperty("translator")[0].GetProperty("literal").GetString());
    }

    private static int CountEscaped(string text, char c) => text.Split("\\" + c).Length - 1;
}
