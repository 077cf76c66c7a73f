using Microsoft.CodeAnalysis;
using Publisher.Generator.Model;
using Publisher.Generator.Tests.Helpers;
using static Publisher.Generator.Tests.Helpers.DocumentFacts;

namespace Publisher.Generator.Tests.Parsing;

/// <summary>Memoranda of conversation beyond the seed: each test document's structure as a reader would see it.</summary>
public sealed class MemorandumDocumentTests
{
    private static DocumentSpec Clean(string name)
    {
        var result = TestDocuments.Parse("memorandum/" + name);
        Assert.Empty(result.Diagnostics.Where(d => d.Descriptor.DefaultSeverity >= DiagnosticSeverity.Warning).Select(d => d.ToDiagnostic().ToString()));
        var document = result.Document!;
        Assert.Equal(Genre.Memorandum, document.Genre);
        Assert.Equal("Memorandum of Conversation", document.Title);
        Assert.Equal([1], document.TitleNotes.Select(n => int.Parse(n.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.StartsWith("Source: ", Text(document.Footnotes[0].Inlines), StringComparison.Ordinal);
        return document;
    }

    [Fact]
    public void Group_headings_and_a_dateline_over_two_lines()
    {
        var document = Clean("01_group_headings.txt");

        Assert.Equal(112, document.Number);
        Assert.Equal("1985-03-04", document.Date);
        Assert.Equal(("Washington", "10:30 a.m.–12:15 p.m."), (document.Place, document.Time));
        Assert.Equal("Washington, March 4, 1985,\n10:30 a.m.–12:15 p.m.", document.DateLine);
        Assert.Equal("SUBJECT:", document.SubjectLabel);
        Assert.Equal(["Preparations for the Ministerial Meeting on Fisheries"], document.Subjects);
        Assert.Equal(["U.S. PARTICIPANTS", "SOVIET PARTICIPANTS"], document.Participants.Select(g => g.Heading));
        Assert.Equal([3, 3], document.Participants.Select(g => g.Participants.Count));
        Assert.Equal(("Assistant Secretary", "Harold Winslow", string.Empty), Person(document.Participants[0].Participants[0]));
        Assert.Equal((null, "Daniel Ortiz", "OES|notetaker"), Person(document.Participants[0].Participants[2]));
        Assert.Equal(("Minister-Counselor", "Oleg Sverdlov", string.Empty), Person(document.Participants[1].Participants[1]));
        Assert.Equal(["Agenda of the Ministerial", "Fishing Quotas"], Headings(document));
        Assert.Equal([312, 313], Pages(document));
        Assert.Equal([1, 2, 3, 4], References(document));
        Assert.Equal("The Soviet comments were transmitted in telegram 2231 from Moscow,\nFebruary 27; they are not printed.", Text(document.Footnotes[2].Inlines));
        Assert.Empty(Joined(document));
    }

    [Fact]
    public void A_memorandum_without_participants_keeps_its_note_paragraph()
    {
        var document = Clean("02_no_participants.txt");

        Assert.Equal(87, document.Number);
        Assert.Equal(("1986-09-03", "Moscow", "3:30–5 p.m."), (document.Date, document.Place, document.Time));
        Assert.Equal(["Consular Access Procedures"], document.Subjects);
        Assert.Empty(document.Participants);
        Assert.Equal(BlockKind.Paragraph, document.Blocks[0].Kind);
        Assert.StartsWith("The Consul General called on", Text(document.Blocks[0].Inlines), StringComparison.Ordinal);
        var note = document.Blocks[document.Blocks.Count - 1];
        Assert.Equal(BlockKind.EditorialNote, note.Kind);
        Assert.Equal("(", note.Inlines[0].Bracket);
        Assert.StartsWith("Note: The Consul General’s report", note.Inlines[0].Text, StringComparison.Ordinal);
        Assert.Equal([1, 2], References(document));
        Assert.Equal("Limited Official Use", document.Provenance.Classification);
        Assert.Equal("Central Files, P860171–0042", document.Provenance.File);
    }

    [Fact]
    public void Footnotes_referenced_in_the_first_paragraph_and_a_list_label()
    {
        var document = Clean("03_first_paragraph_notes.txt");

        Assert.Equal(("1985-11-20", "Geneva, Soviet Mission", "10:15 a.m."), (document.Date, document.Place, document.Time));
        Assert.Equal(["Schedule of the Working Groups and Arrangements for the Press"], document.Subjects);
        Assert.Equal("PARTICIPANTS:", document.ParticipantsLabel);
        Assert.Equal([null, null], document.Participants.Select(g => g.Heading));
        Assert.Equal(("Colonel", "Ruth Calder", "JCS"), Person(document.Participants[0].Participants[1]));
        Assert.Equal(("First Secretary", "Yuri Danilin", string.Empty), Person(document.Participants[1].Participants[1]));
        var first = document.Blocks[0].Inlines;
        Assert.Equal([InlineKind.Text, InlineKind.FootnoteRef, InlineKind.Text, InlineKind.FootnoteRef, InlineKind.Text], first.Select(i => i.Kind));
        Assert.EndsWith("in Geneva", first[0].Text, StringComparison.Ordinal);
        Assert.Equal(["Working Groups", "Press"], Headings(document));
        Assert.Contains(document.Blocks, b => b.Kind == BlockKind.EditorialNote && b.Inlines[0].Bracket == "[");
        Assert.Equal([1, 2, 3, 4], References(document));
        Assert.Equal("The spokesmen met daily\nfrom November 21 to November 29.", Text(document.Footnotes[3].Inlines));
        Assert.Equal(("Reagan Library", "Whitby"), (document.Provenance.Archive, document.Provenance.Drafter));
    }

    [Fact]
    public void A_day_first_date_a_subject_after_it_side_headings_and_a_note_on_a_participant()
    {
        var document = Clean("04_day_first_and_quotes.txt");

        Assert.Equal(402, document.Number);
        Assert.Equal(("1986-07-26", null, null), (document.Date, document.Place, document.Time));
        Assert.Null(document.SubjectLabel);
        Assert.Equal(["Exchange of Delegations of Parliamentarians"], document.Subjects);
        Assert.Equal(["US Side", "Soviet Side"], document.Participants.Select(g => g.Heading));
        Assert.Equal(("Deputy Minister", "Arkady Voronin", "MFA"), Person(document.Participants[1].Participants[0]));
        var engel = document.Participants[0].Participants[1];
        Assert.Equal((("Second Secretary", "Paul Engel", "notetaker"), "2"), (Person(engel), Assert.Single(engel.Notes).Text));
        Assert.Equal("Second Secretary Paul Engel (notetaker)2", engel.Source);
        Assert.Empty(Headings(document));
        Assert.Equal([1, 2, 3], References(document));
        Assert.Contains("“in the spirit of the last meeting.”", Text(document.Blocks[0].Inlines), StringComparison.Ordinal);
        Assert.Contains("14 days in the country, including 3 days", Text(document.Blocks[1].Inlines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_label_over_named_delegations_and_a_page_marker_between_paragraphs()
    {
        var document = Clean("05_page_break_and_headings.txt");

        Assert.Equal(("1987-12-09", "Washington", "2–3:30 p.m."), (document.Date, document.Place, document.Time));
        Assert.Equal("PARTICIPANTS", document.ParticipantsLabel);
        Assert.Equal(["United States", "Soviet Union"], document.Participants.Select(g => g.Heading));
        Assert.Equal(("Mr.", "Samuel Price", "EUR/SOV|notetaker"), Person(document.Participants[0].Participants[2]));
        Assert.Equal(("Minister Counselor", "Andrei Fomin", string.Empty), Person(document.Participants[1].Participants[1]));
        Assert.Equal(["Common Questions", "Remaining Questions"], Headings(document));
        var page = Assert.Single(document.Blocks, b => b.Kind == BlockKind.PageBreak);
        Assert.Equal("page-1204", page.Id);
        Assert.Contains("January 15–February 20", Text(document.Blocks[3].Inlines), StringComparison.Ordinal);
        Assert.Equal([1, 2, 3], References(document));
        Assert.Empty(Joined(document));
    }

    [Fact]
    public void Inline_notes_supplied_words_and_a_page_marker_mid_sentence()
    {
        var document = Clean("06_inline_notes_and_brackets.txt");

        Assert.Equal(("1986-04-14", "Paris", "9 a.m."), (document.Date, document.Place, document.Time));
        Assert.Equal([null, null], document.Participants.Select(g => g.Heading));
        Assert.Equal(("Academician", "Boris Chistyakov", string.Empty), Person(document.Participants[1].Participants[0]));
        var first = document.Blocks[0].Inlines;
        Assert.Equal([InlineKind.Text, InlineKind.Supplied, InlineKind.Text, InlineKind.EditorialNote], first.Select(i => i.Kind));
        Assert.Equal("Joint", first[1].Text);
        Assert.Equal("(", first[3].Bracket);
        var third = document.Blocks[2].Inlines;
        Assert.Equal(("and ", "88", " computing."), (third[0].Text[^4..], third[1].Text, third[2].Text));
        Assert.Equal([88], Pages(document));
        Assert.Equal([1, 2], References(document));
    }

    [Fact]
    public void An_unnumbered_memorandum_with_a_labelled_header_and_unindented_notes()
    {
        var document = Clean("07_labelled_header.txt");

        Assert.Null(document.Number);
        Assert.Equal(("SUBJECT", "Review of the Cultural Agreement"), (document.SubjectLabel, Assert.Single(document.Subjects)));
        Assert.Equal(("1986-10-02", "4:00–5:15 p.m.", "Deputy Secretary’s Office, Department of State"), (document.Date, document.Time, document.Place));
        Assert.Equal("DATE: October 2, 1986\nTIME: 4:00–5:15 p.m.\nPLACE: Deputy Secretary’s Office, Department of State", document.DateLine);
        Assert.Equal("PARTICIPANTS", document.ParticipantsLabel);
        Assert.Equal(["United States", "USSR"], document.Participants.Select(g => g.Heading));
        Assert.Equal(("Deputy Secretary", "Nora Blaine", string.Empty), Person(document.Participants[0].Participants[0]));
        Assert.Equal(("Counselor", "Vadim Petrov", string.Empty), Person(document.Participants[1].Participants[1]));
        Assert.Equal(3, document.Blocks.Count);
        Assert.Equal([1, 2], References(document));
        Assert.Equal(("Confidential", "Fisk"), (document.Provenance.Classification, document.Provenance.Drafter));
    }

    [Fact]
    public void Two_delegations_in_one_paragraph_and_a_paragraph_rejoined_across_a_page_marker()
    {
        var result = TestDocuments.Parse("memorandum/08_one_paragraph_of_delegations.txt");
        var document = Clean("08_one_paragraph_of_delegations.txt");

        Assert.Equal(("1987-05-14", "Vienna", "9:30 a.m."), (document.Date, document.Place, document.Time));
        Assert.Equal("PARTICIPANTS:", document.ParticipantsLabel);
        Assert.Equal(["U.S. Side:", "Soviet Side:"], document.Participants.Select(g => g.Heading));
        Assert.Equal([2, 3], document.Participants.Select(g => g.Participants.Count));
        Assert.Equal(("Major General", "Yuri Sorokin", string.Empty), Person(document.Participants[1].Participants[1]));
        var joined = Assert.Single(Joined(document));
        Assert.Contains("their comparison of the [411]figures at once.", joined, StringComparison.Ordinal);
        var join = Assert.Single(result.Diagnostics, d => d.Descriptor.Id == "PUB010").Location!.LineSpan.Start;
        Assert.Equal((20, 0), (join.Line + 1, join.Character));
        Assert.Equal(["Data Exchange"], Headings(document));
        Assert.Equal([411, 412], Pages(document));
        Assert.Equal("page-412", document.Blocks[3].Id);
        Assert.Equal([1, 2], References(document));
    }
}
