using System.Text.Json;
using System.Xml.Linq;
using Publisher.Site.Export;
using Publisher.Site.Model;
using Publisher.Site.Tests.Helpers;
using static Publisher.Site.Tests.Export.TeiDocument;

namespace Publisher.Site.Tests.Export;

/// <summary>
/// Documents unlike the seeds, built as typed models: their TEI stays valid (jing) and keeps what the seeds never
/// show — notes without references, references without notes, a note cited twice, headings inside speeches, Markdown,
/// delegations with headings, two persons of one surname, an empty body.
/// </summary>
public sealed class TeiEdgeCaseTests
{
    private static readonly DocumentContent Memorandum = new()
    {
        TitleNotes = [new(InlineKind.FootnoteRef, "1")],
        DateLine = "Washington, July 26, 1986, 11 a.m.–1 p.m.",
        Subjects = ["SUBJECT: *Arms* Control"],
        Participants =
        [
            new("U.S. PARTICIPANTS", [new("Ambassador Matlock (NSC)", "Ambassador", "Matlock", ["NSC"], 5), new("Jack F. Matlock", null, "Jack F. Matlock", [], 6)]),
            new("SOVIET PARTICIPANTS", [new("Mr. Mikol’chak (interpreter)", "Mr.", "Mikol’chak", ["interpreter"], 9)]),
        ],
        Blocks =
        [
            new(BlockKind.Paragraph, "p-1", [new(InlineKind.Text, "Footnotes in the first paragraph."), new(InlineKind.FootnoteRef, "2"), new(InlineKind.Text, " And **bold** again."), new(InlineKind.FootnoteRef, "2"), new(InlineKind.Text, " Lost."), new(InlineKind.FootnoteRef, "7")], 12),
            new(BlockKind.Heading, "s-first", [new(InlineKind.Text, "First")], 14),
            new(BlockKind.Heading, "s-second", [new(InlineKind.Text, "Second")], 16),
            new(BlockKind.PageBreak, "page-12", [new(InlineKind.PageBreak, "12")], 18),
            new(BlockKind.EditorialNote, "note-1", [new(InlineKind.EditorialNote, "Note: kept.") { Bracket = "(" }], 20),
        ],
        Footnotes = [new(1, [new(InlineKind.Text, "Source: Somewhere.")], 30), new(2, [new(InlineKind.Text, "Twice.")], 31), new(3, [new(InlineKind.Text, "Never cited.")], 32)],
    };

    private static readonly DocumentContent SessionNotes = new()
    {
        Classification = ["Top Secret"],
        DateLine = "**14 October 1986**",
        Chair = "cde. GORBACHEV M.S.",
        Attendees = ["Gorbachev M.S.", "G.A. Aliev", "Medvedev V.A.", "Medvedev R.A."],
        Blocks =
        [
            new(BlockKind.Paragraph, "p-1", [new(InlineKind.Text, "A speech running across")], 10) { Speaker = "GORBACHEV", Turn = 1 },
            new(BlockKind.PageBreak, "page-5", [new(InlineKind.PageBreak, "5")], 11) { Turn = 1 },
            new(BlockKind.Paragraph, "p-2", [new(InlineKind.Text, "a page break"), new(InlineKind.Join, " "), new(InlineKind.Text, "rejoined.")], 12) { Turn = 1 },
            new(BlockKind.Heading, "s-h", [new(InlineKind.Text, "A heading")], 13) { Turn = 1 },
            new(BlockKind.PageBreak, "page-6", [new(InlineKind.PageBreak, "6")], 14),
            new(BlockKind.Paragraph, "p-3", [new(InlineKind.Text, "Yes.")], 15) { Speaker = "ALIEV", Turn = 2 },
            new(BlockKind.Paragraph, "p-4", [new(InlineKind.Text, "Agreed.")], 16) { Speaker = "VOICES", Turn = 3 },
            new(BlockKind.Paragraph, "p-5", [new(InlineKind.Text, "No.")], 17) { Speaker = "PONOMAREV", Turn = 4 },
        ],
        Signature = new("Signature:", "A. Lukyanov", 20),
        SourceLines = ["*Source: Archive", "Translated by Someone*"],
    };

    [Fact]
    public void Every_edge_case_document_is_valid_tei()
    {
        Assert.True(Jing.Executable is not null, "jing is not on PATH (Debian: apt-get install jing)");
        using var folder = new TempFolder();
        var files = new[]
        {
            folder.Write("memo.xml", Export(Memorandum, Genre.Memorandum)),
            folder.Write("notes.xml", Export(SessionNotes, Genre.SessionNotes)),
            folder.Write("empty.xml", Export(new DocumentContent(), Genre.Unknown)),
        };

        var (exitCode, errors, output) = Jing.Validate(Path.GetFullPath(Path.Combine(RepositoryFiles.Root, "..", "shared", "schemas", "tei_all.rng")), files);

        Assert.True(errors.Count == 0 && exitCode == 0, $"jing exit code {exitCode}:\n{output}");
    }

    [Fact]
    public void Notes_are_kept_whether_cited_never_once_or_twice()
    {
        var tei = Parse(Export(Memorandum, Genre.Memorandum));

        var p = tei.Element(Tei + "text")!.Descendants(Tei + "p").First();
        Assert.Equal("Twice.", p.Elements(Tei + "note").First(n => (string?)n.Attribute("n") == "2").Value);
        Assert.Equal("#fn-2", (string?)Assert.Single(p.Elements(Tei + "ptr")).Attribute("target"));
        Assert.Equal("no-note-in-source", (string?)p.Elements(Tei + "note").Single(n => (string?)n.Attribute("n") == "7").Element(Tei + "gap")!.Attribute("reason"));
        var back = tei.Descendants(Tei + "back").Single();
        Assert.Equal("Never cited.", back.Descendants(Tei + "note").Single(n => (string?)n.Attribute("n") == "3").Value);
        Assert.Equal("bold", (string?)p.Element(Tei + "hi")!.Attribute("rend"));
    }

    [Fact]
    public void Delegations_keep_their_headings_and_persons_of_one_surname_stay_apart()
    {
        var tei = Parse(Export(Memorandum, Genre.Memorandum));

        var sides = tei.Descendants(Tei + "listPerson").Single(l => (string?)l.Attribute("type") == "participants").Elements(Tei + "listPerson").ToList();
        Assert.Equal(["U.S. PARTICIPANTS", "SOVIET PARTICIPANTS"], sides.Select(s => s.Element(Tei + "head")!.Value));
        var ids = sides[0].Elements(Tei + "person").Select(p => (string)p.Attribute(Xml + "id")!).ToList();
        Assert.Equal(2, ids.Distinct().Count());
        Assert.Equal("person-mikolchak", (string?)sides[1].Element(Tei + "person")!.Attribute(Xml + "id"));
        Assert.Equal("interpreter", (string?)sides[1].Element(Tei + "person")!.Attribute("role"));
    }

    [Fact]
    public void Chair_attendee_and_speaker_of_one_surname_are_one_person_and_unknown_speakers_are_flagged()
    {
        var tei = Parse(Export(SessionNotes, Genre.SessionNotes));

        var turns = tei.Descendants(Tei + "sp").Select(sp => (string)sp.Attribute("who")!).ToList();
        Assert.Equal(["#person-gorbachev", "#person-aliev", "#group-voices", "#person-ponomarev"], turns);
        Assert.Single(tei.Descendants(Tei + "person"), p => (string?)p.Attribute(Xml + "id") == "person-gorbachev");
        Assert.Equal(2, tei.Descendants(Tei + "person").Count(p => ((string)p.Attribute(Xml + "id")!).StartsWith("person-medvedev", StringComparison.Ordinal)));
        var ponomarev = tei.Descendants(Tei + "person").Single(p => (string?)p.Attribute(Xml + "id") == "person-ponomarev");
        Assert.Contains("not in the document's list", ponomarev.Element(Tei + "note")!.Value, StringComparison.Ordinal);
        Assert.Single(tei.Descendants(Tei + "personGrp"));
    }

    [Theory]
    [InlineData("cde. GORBACHEV. M.S.", "person-gorbachev")]
    [InlineData("GORBACHEV", "person-gorbachev")]
    [InlineData("Aliev G.A.", "person-aliev")]
    [InlineData("G.A. Aliev", "person-aliev")]
    [InlineData("Vitaly Churkin", "person-churkin")]
    [InlineData("MEMBERS OF THE POLITBURO", "group-members-of-the-politburo")]
    [InlineData("POLITBURO MEMBERS", "group-politburo-members")]
    [InlineData("Schütz", "person-schütz")]
    [InlineData("Громыко А.А.", "person-громыко")]
    public void Person_ids_come_from_the_surname(string name, string id) => Assert.Equal(id, TeiWriter.PersonId(name));

    private static string Export(DocumentContent content, Genre genre)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(content, ModelJsonContext.Default.DocumentContent);
        var document = new DocumentEntry("test", "test.txt", genre, genre == Genre.Memorandum ? 12 : null, "A test document", new DateOnly(1986, 7, 26), () => json);
        return TeiExporter.Export(document, "Test edition");
    }

    private static XElement Parse(string tei) => XDocument.Parse(tei).Root!;
}
