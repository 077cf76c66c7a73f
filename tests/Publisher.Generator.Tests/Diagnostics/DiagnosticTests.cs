using Microsoft.CodeAnalysis;
using Publisher.Generator.Tests.Helpers;

namespace Publisher.Generator.Tests.Diagnostics;

/// <summary>
/// Every diagnostic about a seed, through the generator as the compiler runs it: id, severity, file, line and column
/// exactly as the build prints them (MSBuild style, 1-based).
/// </summary>
public sealed class DiagnosticTests
{
    private const string Memo = "memorandum/02_no_participants.txt";

    private static string Document(string relative) => File.ReadAllText(Repository.TestDocument(relative)).ReplaceLineEndings("\n");

    private static string Edit(string text, string from, string to)
    {
        Assert.Contains(from, text, StringComparison.Ordinal);
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    private static List<string> Reported(string id, params (string Path, string Text)[] seeds) =>
        GeneratorHarness.Run(seeds.Select(s => (AdditionalText)new InMemoryAdditionalText(s.Path, s.Text)).ToArray())
            .Diagnostics.Where(d => d.Id == id).Select(d => d.ToString()).ToList();

    [Fact]
    public void PUB002_a_footnote_reference_without_a_note_is_reported_at_the_reference()
    {
        var text = Edit(Document(Memo), "  2. Telegram 14410 summarized this exchange without comment.\n", string.Empty);

        Assert.Equal(
            ["/seeds/memo.txt(13,89): warning PUB002: footnote reference 2 has no note at the end of the document"],
            Reported("PUB002", ("/seeds/memo.txt", text)));
    }

    [Fact]
    public void PUB003_a_note_never_referenced_is_reported_at_its_number()
    {
        var text = Edit(Document(Memo), "whatever their visa.2", "whatever their visa.");

        Assert.Equal(["/seeds/memo.txt(18,3): warning PUB003: footnote 2 is never referenced"], Reported("PUB003", ("/seeds/memo.txt", text)));
    }

    [Fact]
    public void PUB004_an_opening_bracket_without_its_closing_one_is_reported_at_the_bracket()
    {
        var text = Edit(Document("session-notes/05_anomalies_kept.txt"), "The [Ministry of] Culture", "The [Ministry of Culture");

        Assert.Equal(
            ["/seeds/notes.txt(20,12): warning PUB004: '[' has no matching ']' in this paragraph; kept as text"],
            Reported("PUB004", ("/seeds/notes.txt", text)));
    }

    [Fact]
    public void PUB004_a_closing_bracket_without_an_opening_one_is_reported_at_the_bracket()
    {
        var text = Edit(Document("session-notes/05_anomalies_kept.txt"), "The [Ministry of] Culture", "The Ministry of] Culture");

        Assert.Equal(
            ["/seeds/notes.txt(20,23): warning PUB004: ']' has no matching '[' in this paragraph; kept as text"],
            Reported("PUB004", ("/seeds/notes.txt", text)));
    }

    [Fact]
    public void PUB005_a_page_number_lower_than_the_one_before_is_reported_at_the_marker()
    {
        var text = Edit(Document("memorandum/01_group_headings.txt"), "[Page 313]", "[Page 311]");

        Assert.Equal(
            ["/seeds/memo.txt(30,1): warning PUB005: page 311 follows page 312: page numbers should increase"],
            Reported("PUB005", ("/seeds/memo.txt", text)));
    }

    [Fact]
    public void PUB006_a_document_without_a_date_is_reported_at_its_first_line()
    {
        var text = Edit(Document("session-notes/02_page_between_turns.txt"), "**19 June 1986**\n", string.Empty);

        Assert.Equal(
            ["/seeds/notes.txt(1,1): warning PUB006: no date found in the document's header; it is listed without a date"],
            Reported("PUB006", ("/seeds/notes.txt", text)));
    }

    [Fact]
    public void PUB007_text_of_neither_genre_is_reported_at_its_first_line_and_kept()
    {
        var result = GeneratorHarness.Run(new InMemoryAdditionalText("/seeds/letter.txt", "A letter\n\nDear colleague, the papers arrived on May 4, 1986.\n"));

        Assert.Equal(
            ["/seeds/letter.txt(1,1): warning PUB007: neither a memorandum of conversation nor session notes; kept as plain paragraphs"],
            result.Diagnostics.Where(d => d.Id == "PUB007").Select(d => d.ToString()));
        Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith("Document_letter.g.cs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n  \r\n")]
    public void PUB008_an_empty_or_blank_seed_is_an_error_at_the_file(string text)
    {
        var diagnostic = Assert.Single(GeneratorHarness.Run(new InMemoryAdditionalText("/seeds/blank.txt", text)).Diagnostics, d => d.Id is "PUB008" or "PUB001");

        Assert.Equal("PUB008", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/seeds/blank.txt(1,1): error PUB008: Seed 'blank.txt' holds no text", diagnostic.ToString());
    }

    [Fact]
    public void PUB009_a_second_seed_with_the_same_id_is_reported_at_that_seed()
    {
        var text = Document(Memo);

        Assert.Equal(
            ["/seeds/a-memo.txt(1,1): error PUB009: Seeds 'A Memo.txt' and 'a-memo.txt' both give the document id 'a-memo'; rename one"],
            Reported("PUB009", ("/seeds/A Memo.txt", text), ("/seeds/a-memo.txt", text)));
    }

    [Fact]
    public void PUB010_each_rejoined_paragraph_of_the_seed_is_reported_where_it_continues()
    {
        var reported = Reported("PUB010", (Repository.SeedPath(Seeds.SessionNotes), File.ReadAllText(Repository.SeedPath(Seeds.SessionNotes))));

        Assert.Equal([26, 34, 68, 90, 126, 144], reported.Select(r => int.Parse(r.Split('(', ',')[1], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(reported, r => Assert.Contains(Seeds.SessionNotes + "(", r, StringComparison.Ordinal));
        Assert.All(reported, r => Assert.Contains(",1): info PUB010: paragraph split by a page break of the original rejoined here", r, StringComparison.Ordinal));
    }

    [Fact]
    public void PUB012_a_speaker_who_is_neither_attending_nor_chairing_is_flagged_on_the_seed_and_kept()
    {
        var path = Repository.SeedPath(Seeds.SessionNotes);

        Assert.Equal(
            [path + "(160,1): info PUB012: speaker 'GORBACHEVA' matches no one in the attendance list or the chair; kept as written"],
            Reported("PUB012", (path, File.ReadAllText(path))));
    }
}
