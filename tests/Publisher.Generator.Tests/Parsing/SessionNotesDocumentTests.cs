using Microsoft.CodeAnalysis;
using Publisher.Generator.Model;
using Publisher.Generator.Tests.Helpers;
using static Publisher.Generator.Tests.Helpers.DocumentFacts;

namespace Publisher.Generator.Tests.Parsing;

/// <summary>Session notes beyond the seed: each test document's structure as a reader would see it.</summary>
public sealed class SessionNotesDocumentTests
{
    private static SeedResult Parse(string name)
    {
        var result = TestDocuments.Parse("session-notes/" + name);
        Assert.Empty(result.Diagnostics.Where(d => d.Descriptor.DefaultSeverity >= DiagnosticSeverity.Warning).Select(d => d.ToDiagnostic().ToString()));
        Assert.Equal(Genre.SessionNotes, result.Document!.Genre);
        Assert.Equal("Session of the Politburo of the CC CPSU", result.Document.Title);
        return result;
    }

    private static List<string> Infos(SeedResult result, string id) =>
        result.Diagnostics.Where(d => d.Descriptor.Id == id).Select(d => d.Arguments.Count > 0 ? d.Arguments[0] : string.Empty).ToList();

    [Fact]
    public void Attendance_with_initials_before_names_and_a_closing_block_in_one_paragraph()
    {
        var result = Parse("01_initials_first.txt");
        var document = result.Document!;

        Assert.Equal("1987-03-03", document.Date);
        Assert.Equal(["Top Secret", "Only Copy", "(Working notes)"], document.Classification);
        Assert.Equal(("Chaired by:", "cde. KOROVIN P.D."), (document.ChairLabel, document.Chair));
        Assert.Equal(("In attendance:", "cdes."), (document.AttendeesLabel, document.AttendeesHonorific));
        Assert.Equal(["A.A. Belov", "N.I. Ostrovsky", "V.S. Trubin", "E.M. Zorina", "K.K. Lapin"], document.Attendees);
        Assert.Equal("About the preparation of the spring sowing campaign", document.Agenda);
        Assert.Equal(["KOROVIN", "TRUBIN", "OSTROVSKY", "TRUBIN", "BELOV", "MEMBERS OF THE POLITBURO"], Speakers(document));
        Assert.Equal(document.Blocks[1].Turn, document.Blocks[2].Turn);
        Assert.Equal((0, "The draft resolution is adopted."), (document.Blocks[^1].Turn, Text(document.Blocks[^1].Inlines)));
        Assert.Equal(("Signature of the head of the General Department:", "P. Sidorenko"), (document.Signature?.Label, document.Signature?.Name));
        Assert.Equal(["*Source: Archive of the Commission, File 14", "Translated by Ann Hollis", "For the Documentary History Project*"], document.SourceLines);
        Assert.Equal(("Ann Hollis", "the Documentary History Project"), (document.Provenance.Translator, document.Provenance.Publisher));
        Assert.Empty(Infos(result, "PUB012"));
    }

    [Fact]
    public void A_page_marker_on_its_own_line_between_turns()
    {
        var result = Parse("02_page_between_turns.txt");
        var document = result.Document!;

        Assert.Equal(("1986-06-19", "Secret"), (document.Date, document.Provenance.Classification));
        Assert.Equal(["Secret", "(Working record)"], document.Classification);
        Assert.Equal(["KOROVIN", "LAPIN", "BELOV", "KOROVIN", "POLITBURO MEMBERS"], Speakers(document));
        var page = Assert.Single(document.Blocks, b => b.Kind == BlockKind.PageBreak);
        Assert.Equal(("page-2", 17), (page.Id, page.Line));
        Assert.Equal("BELOV", document.Blocks.SkipWhile(b => b != page).ElementAt(1).Speaker);
        Assert.Equal([2], Pages(document));
        Assert.Null(document.Signature);
        Assert.Empty(document.SourceLines);
    }

    [Fact]
    public void A_speech_running_across_a_page_break_is_one_paragraph_of_one_turn()
    {
        var result = Parse("03_speech_across_page_break.txt");
        var document = result.Document!;

        Assert.Equal(["Top Secret", "Single Copy"], document.Classification);
        Assert.Equal(["ZORINA", "OSTROVSKY", "ZORINA", "KOROVIN"], Speakers(document));
        var joined = Assert.Single(Joined(document));
        Assert.Contains("ahead of the [7]schedule set last year", joined, StringComparison.Ordinal);
        Assert.Equal("ZORINA", document.Blocks[0].Speaker);
        Assert.Equal([7], Pages(document));
        Assert.DoesNotContain(document.Blocks, b => b.Kind == BlockKind.PageBreak);
        var join = Assert.Single(result.Diagnostics, d => d.Descriptor.Id == "PUB010");
        Assert.Equal(16, join.Location!.LineSpan.Start.Line);
        Assert.Equal("The proposal is accepted.", Text(document.Blocks[^1].Inlines));
    }

    [Fact]
    public void A_plain_title_and_other_labels_for_chair_and_attendance()
    {
        var result = Parse("04_plain_title_and_chair.txt");
        var document = result.Document!;

        Assert.Equal(("1988-01-12", "12 January 1988"), (document.Date, document.DateLine));
        Assert.Equal(["Secret"], document.Classification);
        Assert.Equal(("Chairman:", "KOROVIN P.D."), (document.ChairLabel, document.Chair));
        Assert.Equal(("Present:", null), (document.AttendeesLabel, document.AttendeesHonorific));
        Assert.Equal(["Belov A.A.", "Lapin K.K.", "Trubin V.S."], document.Attendees);
        Assert.Equal("About the budget of the cultural exchanges", document.Agenda);
        Assert.Equal(["KOROVIN", "TRUBIN", "LAPIN", "KOROVIN", "MEMBERS OF THE POLITBURO"], Speakers(document));
        Assert.Contains(document.Blocks[3].Inlines, i => i.Kind == InlineKind.Supplied && i.Text == "in January 1989");
        Assert.Empty(Infos(result, "PUB012"));
    }

    [Fact]
    public void Anomalous_speaker_labels_are_kept_as_written_and_flagged()
    {
        var result = Parse("05_anomalies_kept.txt");
        var document = result.Document!;

        Assert.Equal(["KOROVIN", "LAPINA", "OSTROVSKI", "BELOV", "KOROVIN"], Speakers(document));
        Assert.Equal(["LAPINA", "OSTROVSKI"], Infos(result, "PUB012"));
        Assert.Equal(["Belov A.A.", "Lapin K.K.", "Ostrovsky N.I."], document.Attendees);
        Assert.Contains(document.Blocks[3].Inlines, i => i.Kind == InlineKind.Supplied && i.Text == "Ministry of");
    }

    [Fact]
    public void Notes_after_the_closing_block_and_a_signature_over_two_lines()
    {
        var result = Parse("06_notes_and_multiline_signature.txt");
        var document = result.Document!;

        Assert.Equal(["Top Secret", "Special File"], document.Classification);
        Assert.Equal(["Belov A.A.", "Ostrovsky N.I.", "Trubin V.S.", "Zorina E.M.", "Lapin K.K."], document.Attendees);
        Assert.Equal(["KOROVIN", "OSTROVSKY", "BELOV", "OSTROVSKY", "KOROVIN"], Speakers(document));
        Assert.Equal([1, 2], References(document));
        Assert.Equal([1, 2], document.Footnotes.Select(n => n.Number));
        Assert.Equal("The prices were agreed in an exchange of letters\nin January 1987; the letters are not printed.", Text(document.Footnotes[1].Inlines));
        Assert.Equal("Signature of the head of the General Department of the CC CPSU in control of Politburo protocol:", document.Signature?.Label);
        Assert.Equal(("P. Sidorenko", 26), (document.Signature?.Name, document.Signature?.Line));
        Assert.Equal(3, document.SourceLines.Count);
        Assert.Equal("The proposal is accepted.", Text(document.Blocks[^1].Inlines));
    }

    [Fact]
    public void A_page_marker_above_the_header_a_month_first_date_and_a_label_on_its_own_line()
    {
        var result = Parse("07_page_first_and_label_alone.txt");
        var document = result.Document!;

        Assert.Equal(("1986-10-30", "October 30, 1986"), (document.Date, document.DateLine));
        Assert.Equal(["Top Secret", "Only Copy"], document.Classification);
        Assert.Equal(("page-1", BlockKind.PageBreak), (document.Blocks[0].Id, document.Blocks[0].Kind));
        Assert.Equal(["KOROVIN", "TRUBIN", "ALL"], Speakers(document));
        Assert.Equal("The schedule has been circulated. I propose to adopt it without changes.", Text(document.Blocks[1].Inlines));
        Assert.Equal((0, "Decision adopted."), (document.Blocks[^1].Turn, Text(document.Blocks[^1].Inlines)));
        Assert.Empty(Infos(result, "PUB012"));
    }

    [Fact]
    public void A_numbered_title_is_still_session_notes_and_a_source_in_three_paragraphs_is_read()
    {
        var result = Parse("08_numbered_with_separate_source.txt");
        var document = result.Document!;

        Assert.Equal((14, "1986-12-14"), (document.Number, document.Date));
        Assert.Equal(["Secret"], document.Classification);
        Assert.Equal(["KOROVIN", "ZORINA", "OSTROVSKY", "KOROVIN"], Speakers(document));
        Assert.Equal(("Signature:", "P. Sidorenko"), (document.Signature?.Label, document.Signature?.Name));
        Assert.Equal(["*Source: Archive of the Commission, File 31*", "*Translated by Ann Hollis*", "*For the Documentary History Project*"], document.SourceLines);
        Assert.Equal(("Ann Hollis", "the Documentary History Project"), (document.Provenance.Translator, document.Provenance.Publisher));
        Assert.Equal("KOROVIN", document.Blocks[0].Speaker);
    }
}
