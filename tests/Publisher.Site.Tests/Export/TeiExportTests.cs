using System.Text.RegularExpressions;
using System.Xml.Linq;
using Publisher.Site.Tests.Helpers;
using static Publisher.Site.Tests.Export.TeiDocument;

namespace Publisher.Site.Tests.Export;

/// <summary>The checks of issue 3 on the TEI of the two seeds, each against what the seed itself says.</summary>
public sealed partial class TeiExportTests
{
    private static readonly TeiDocument Memorandum = Of(RepositoryFiles.Memorandum);
    private static readonly TeiDocument SessionNotes = Of(RepositoryFiles.SessionNotes);

    [Fact]
    public void Every_speaker_turn_of_the_seed_is_an_sp_with_who_and_its_label()
    {
        var labels = SpeakerLine().Matches(RepositoryFiles.Seed(RepositoryFiles.SessionNotes)).Select(m => m.Groups[1].Value).ToList();
        var turns = SessionNotes.All("sp").ToList();

        Assert.True(labels.Count > 40, $"only {labels.Count} speaker lines found in the seed");
        Assert.Equal(labels, turns.Select(sp => sp.Element(Tei + "speaker")!.Value));
        foreach (var sp in turns)
        {
            var who = (string?)sp.Attribute("who");
            Assert.NotNull(who);
            Assert.StartsWith("#", who, StringComparison.Ordinal);
            var target = SessionNotes.ById(who[1..]);
            Assert.True(target is { Name.LocalName: "person" or "personGrp" }, $"sp/@who {who} points at no person");
        }
    }

    [Fact]
    public void A_speaker_listed_as_attendee_has_one_person_for_both()
    {
        var who = SessionNotes.All("sp").Where(sp => sp.Element(Tei + "speaker")!.Value == "ALIEV.").Select(sp => (string)sp.Attribute("who")!).Distinct();

        var person = SessionNotes.ById(Assert.Single(who)[1..])!;

        Assert.Equal("Aliev G.A.", person.Element(Tei + "persName")!.Value);
        Assert.Equal(person, SessionNotes.ById(((string)SessionNotes.Body.Descendants(Tei + "persName").First(p => p.Value == "Aliev G.A.").Attribute("ref")!)[1..]));
    }

    [Fact]
    public void Group_speakers_are_personGrp_and_their_turns_point_there()
    {
        foreach (var label in new[] { "MEMBERS OF THE POLITBURO", "POLITBURO MEMBERS" })
        {
            var group = Assert.Single(SessionNotes.All("personGrp"), g => Flat(g) == label);
            var id = (string)group.Attribute(Xml + "id")!;

            var turns = SessionNotes.All("sp").Where(sp => sp.Element(Tei + "speaker")!.Value == label + ".").ToList();

            Assert.NotEmpty(turns);
            Assert.All(turns, sp => Assert.Equal("#" + id, (string?)sp.Attribute("who")));
        }
    }

    [Fact]
    public void Page_breaks_1041_to_1049_stand_exactly_where_the_markers_stood()
    {
        var seed = RepositoryFiles.Seed(RepositoryFiles.Memorandum);
        var reading = Memorandum.ReadingText();

        Assert.Equal(Enumerable.Range(1041, 9).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), Memorandum.All("pb").Select(pb => (string)pb.Attribute("n")!));
        foreach (Match marker in PageMarker().Matches(seed))
        {
            var number = marker.Groups[1].Value;
            var at = reading.IndexOf("⟦" + number + "⟧", StringComparison.Ordinal);
            Assert.True(at >= 0, $"no page break {number}");
            Assert.Equal(Words(seed[..marker.Index]).TakeLast(4), Words(reading[..at]).TakeLast(4));
            Assert.Equal(Words(seed[(marker.Index + marker.Length)..]).Take(4), Words(reading[(at + number.Length + 2)..]).Take(4));
        }
    }

    [Fact]
    public void The_four_footnotes_hold_their_texts_at_their_references()
    {
        var seed = RepositoryFiles.Seed(RepositoryFiles.Memorandum);
        var texts = NoteLine().Matches(seed).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim());
        var notes = Memorandum.All("note").Where(n => (string?)n.Attribute("place") == "foot").ToList();

        Assert.Equal(["1", "2", "3", "4"], notes.Select(n => (string)n.Attribute("n")!));
        foreach (var note in notes)
        {
            var n = (string)note.Attribute("n")!;
            Assert.Equal(texts[n], Flat(note));

            // The word the reference is glued to in the seed ends the text just before the note.
            var glued = new Regex(@"(\p{L}+\p{P}?)" + n + @"(?=\s)").Match(seed[..seed.IndexOf("\n  1. ", StringComparison.Ordinal)]);
            Assert.True(glued.Success, $"no reference {n} in the seed");
            var before = string.Concat(note.NodesBeforeSelf().OfType<XText>().Select(t => t.Value));
            Assert.EndsWith(glued.Groups[1].Value, before, StringComparison.Ordinal);
        }

        Assert.Equal("head", notes[0].Parent!.Name.LocalName);
        Assert.Equal(Memorandum.Body, notes[0].Parent!.Parent);
    }

    [Fact]
    public void Eight_participants_in_one_list_with_a_nested_list_per_side()
    {
        var participants = Assert.Single(Memorandum.All("listPerson"), l => (string?)l.Attribute("type") == "participants");
        var sides = participants.Elements(Tei + "listPerson").ToList();

        Assert.Equal([5, 3], sides.Select(s => s.Elements(Tei + "person").Count()));
        Assert.Equal(8, participants.Descendants(Tei + "person").Count());
        Assert.Equal("Ambassador Matlock", Flat(sides[0].Elements(Tei + "person").ElementAt(2).Element(Tei + "persName")!));
        Assert.Equal("NSC", sides[0].Elements(Tei + "person").ElementAt(2).Element(Tei + "affiliation")!.Value);
        Assert.Equal("notetaker", (string?)sides[0].Elements(Tei + "person").ElementAt(4).Attribute("role"));
    }

    [Fact]
    public void The_participant_lines_stay_in_the_text_as_written_and_point_at_their_persons()
    {
        var items = Memorandum.Body.Elements(Tei + "list").SelectMany(l => l.Elements(Tei + "item")).ToList();
        var bullets = Bullet().Matches(RepositoryFiles.Seed(RepositoryFiles.Memorandum)).Select(m => m.Groups[1].Value.Trim());

        Assert.Equal(bullets, items.Select(Flat));
        Assert.All(items, item => Assert.NotNull(Memorandum.ById(((string)item.Element(Tei + "persName")!.Attribute("ref")!)[1..])));
    }

    [Fact]
    public void The_seven_section_headings_are_heads_of_divs()
    {
        var heads = Memorandum.Body.Elements(Tei + "div").Select(d => Flat(d.Element(Tei + "head")!));

        Assert.Equal(
            ["Nuclear and Space Talks", "Nuclear Testing", "Conventional Force Reductions in Europe", "Chemical Weapons", "Nuclear Risk Reduction Centers", "Other Issues", "Regional Experts Meeting"],
            heads);
    }

    [Theory]
    [InlineData(RepositoryFiles.Memorandum, "1986-07-26")]
    [InlineData(RepositoryFiles.SessionNotes, "1986-10-14")]
    public void The_date_is_in_profileDesc_creation(string id, string when)
    {
        var creation = Of(id).Root.Descendants(Tei + "profileDesc").Single().Element(Tei + "creation")!;

        Assert.Equal(when, (string?)creation.Element(Tei + "date")!.Attribute("when"));
    }

    [Fact]
    public void The_memorandum_provenance_is_in_sourceDesc()
    {
        var source = Memorandum.All("sourceDesc").Single();

        Assert.Equal("Department of State", Typed(source, "orgName", "archive"));
        Assert.Contains("Lot 90D397", Typed(source, "idno", "file"), StringComparison.Ordinal);
        Assert.Equal("Secret; Sensitive", Typed(source, "note", "classification"));
        Assert.Equal("Burton", Responsible(source, "drafted by"));
    }

    [Fact]
    public void The_session_notes_provenance_is_in_sourceDesc()
    {
        var source = SessionNotes.All("sourceDesc").Single();

        Assert.Equal("U.S. Library of Congress", Typed(source, "orgName", "archive"));
        Assert.Equal("The Volkogonov Collection", Typed(source, "idno", "file"));
        Assert.Equal("Svetlana Savranskaya", Responsible(source, "translated by"));
        Assert.StartsWith("Top Secret", Typed(source, "note", "classification"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a caveman", "outlook, and intellectual impotence")]
    [InlineData("Our proposals to destroy the", "medium range missiles in Europe")]
    [InlineData("The position of the sides have", "become more clear after Reykjavik")]
    public void A_paragraph_split_by_a_page_break_is_one_p_with_the_join_marked(string end, string start)
    {
        var p = Assert.Single(SessionNotes.All("p"), p => Flat(p).Contains(end + " " + start, StringComparison.Ordinal));

        var join = Assert.Single(p.Elements(Tei + "milestone"));
        Assert.Equal("rejoined", (string?)join.Attribute("type"));
        Assert.EndsWith(end, string.Concat(join.NodesBeforeSelf().OfType<XText>().Select(t => t.Value)), StringComparison.Ordinal);
        Assert.StartsWith(" " + start, string.Concat(join.NodesAfterSelf().OfType<XText>().Select(t => t.Value)), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bracketed_insertion_of_the_seed_is_supplied()
    {
        var brackets = Bracket().Matches(RepositoryFiles.Seed(RepositoryFiles.SessionNotes)).Select(m => Flat(m.Groups[1].Value)).ToList();

        Assert.Equal(28, brackets.Count);
        Assert.Equal(brackets, SessionNotes.All("supplied").Select(Flat));
        Assert.Contains(SessionNotes.All("supplied"), s => s.Value == "Cyrus" && ((XText)s.NextNode!).Value.StartsWith(" Vance", StringComparison.Ordinal));
    }

    [Fact]
    public void Editorial_notes_are_notes_of_type_editorial()
    {
        var notes = Memorandum.All("note").Where(n => (string?)n.Attribute("type") == "editorial").Select(Flat).ToList();

        Assert.Contains("NOTE: At this point, the two sides then covered, in order, Security and Arms Control, Regional Issues, and Bilateral Affairs.", notes);
        Assert.Contains("Note: the following items were actually brought up after the discussion on regional affairs.", notes);
        Assert.Equal(4, notes.Count);
    }

    [Fact]
    public void The_closing_signature_and_source_lines_are_kept()
    {
        var closer = SessionNotes.Body.Element(Tei + "closer")!;

        Assert.Equal("Anatoly Lukyanov", ((XText)closer.Element(Tei + "signed")!.Element(Tei + "supplied")!.NextNode!).Value.Trim());
        var source = closer.Element(Tei + "note")!;
        Assert.Equal("italic", (string?)source.Element(Tei + "hi")!.Attribute("rend"));
        Assert.Equal(2, source.Descendants(Tei + "lb").Count());
        Assert.Contains("Translated by Svetlana Savranskaya", source.Value, StringComparison.Ordinal);
    }

    private static string Typed(XElement source, string element, string type) =>
        source.Descendants(Tei + element).Single(e => (string?)e.Attribute("type") == type).Value;

    private static string Responsible(XElement source, string resp) =>
        source.Descendants(Tei + "respStmt").Single(r => r.Element(Tei + "resp")!.Value == resp).Element(Tei + "name")!.Value;

    private static List<string> Words(string text) => Word().Matches(PageMarker().Replace(text, " ").Replace("⟦", " ", StringComparison.Ordinal)).Select(m => m.Value).ToList();

    [GeneratedRegex(@"^(\p{Lu}[\p{Lu} ]*\p{Lu}\.) ", RegexOptions.Multiline)]
    private static partial Regex SpeakerLine();

    [GeneratedRegex(@"\[Page (\d+)\]")]
    private static partial Regex PageMarker();

    [GeneratedRegex(@"^ +(\d+)\. (.+)$", RegexOptions.Multiline)]
    private static partial Regex NoteLine();

    [GeneratedRegex(@"^ +• (.+)$", RegexOptions.Multiline)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\[(?!Page \d)([^\]]+)\]")]
    private static partial Regex Bracket();


    [GeneratedRegex(@"\p{L}+(?:[’']\p{L}+)*|\p{N}+")]
    private static partial Regex Word();
}
