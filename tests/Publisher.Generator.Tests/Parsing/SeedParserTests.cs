using Publisher.Generator.Model;
using Publisher.Generator.Parsing;
using Publisher.Generator.Tests.Helpers;

namespace Publisher.Generator.Tests.Parsing;

public sealed class SeedParserTests
{
    private static DocumentSpec Parse(string name)
    {
        var result = SeedParser.Parse(Repository.SeedPath(name), name, File.ReadAllText(Repository.SeedPath(name)));
        return result.Document ?? throw new InvalidOperationException("no document");
    }

    [Fact]
    public void Reads_the_memorandum_header()
    {
        var document = Parse(Seeds.Memorandum);

        Assert.Equal(Genre.Memorandum, document.Genre);
        Assert.Equal(256, document.Number);
        Assert.Equal("Memorandum of Conversation", document.Title);
        Assert.Equal("1", Assert.Single(document.TitleNotes).Text);
        Assert.Equal("1986-07-26", document.Date);
        Assert.Equal(["Visit of Deputy Foreign Minister Bessmertnykh"], document.Subjects);
    }

    [Fact]
    public void Splits_participants_into_two_groups_with_titles_names_and_marks()
    {
        var groups = Parse(Seeds.Memorandum).Participants;

        Assert.Equal([5, 3], groups.Select(g => g.Participants.Count));
        var matlock = groups[0].Participants[2];
        Assert.Equal(("Ambassador", "Matlock"), (matlock.Title, matlock.Name));
        Assert.Equal(["NSC"], matlock.Marks);
        var burton = groups[0].Participants[4];
        Assert.Equal((null, "Bruce Burton"), (burton.Title, burton.Name));
        Assert.Equal(["SOV", "notetaker"], burton.Marks);
        var churkin = groups[1].Participants[2];
        Assert.Equal(("Second Secretary", "Vitaly Churkin"), (churkin.Title, churkin.Name));
        Assert.Equal("Deputy ForMin", groups[1].Participants[0].Title);
    }

    [Fact]
    public void Finds_the_seven_section_headings()
    {
        var headings = Parse(Seeds.Memorandum).Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => b.Inlines[0].Text);

        Assert.Equal(
            ["Nuclear and Space Talks", "Nuclear Testing", "Conventional Force Reductions in Europe", "Chemical Weapons", "Nuclear Risk Reduction Centers", "Other Issues", "Regional Experts Meeting"],
            headings);
    }

    [Fact]
    public void Page_markers_inline_and_on_their_own_line_keep_their_order()
    {
        var pages = Parse(Seeds.Memorandum).Blocks.SelectMany(b => b.Inlines).Where(i => i.Kind == InlineKind.PageBreak).Select(i => int.Parse(i.Text, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(Enumerable.Range(1041, 9), pages);
    }

    [Fact]
    public void Footnote_references_are_matched_and_numbers_in_running_text_are_not()
    {
        var document = Parse(Seeds.Memorandum);
        var references = document.Blocks.SelectMany(b => b.Inlines).Where(i => i.Kind == InlineKind.FootnoteRef).Select(i => i.Text);

        Assert.Equal(["2", "3", "4"], references);
        Assert.Equal([1, 2, 3, 4], document.Footnotes.Select(n => n.Number));
        Assert.StartsWith("Source: Department of State", document.Footnotes[0].Inlines[0].Text, StringComparison.Ordinal);
        Assert.Equal("Burton", document.Provenance.Drafter);
        Assert.Equal("Secret; Sensitive", document.Provenance.Classification);
        Assert.Equal("Department of State", document.Provenance.Archive);
    }

    [Fact]
    public void Reads_the_session_notes_header_and_closing()
    {
        var document = Parse(Seeds.SessionNotes);

        Assert.Equal(Genre.SessionNotes, document.Genre);
        Assert.Equal("Session of the Politburo of the CC CPSU", document.Title);
        Assert.Equal("1986-10-14", document.Date);
        Assert.Equal(["Top Secret", "Only Copy", "(Working notes)"], document.Classification);
        Assert.Equal(16, document.Attendees.Count);
        Assert.Equal("Aliev G.A.", document.Attendees[0]);
        Assert.Equal("Kapitonov I.V.", document.Attendees[15]);
        Assert.StartsWith("About the results of the meeting", document.Agenda, StringComparison.Ordinal);
        Assert.Equal("Anatoly Lukyanov", document.Signature?.Name);
        Assert.Equal("Svetlana Savranskaya", document.Provenance.Translator);
    }

    [Fact]
    public void Speaker_turns_run_until_the_next_label_and_group_replies_do_not_continue()
    {
        var blocks = Parse(Seeds.SessionNotes).Blocks;

        Assert.Equal("GORBACHEV", blocks[0].Speaker);
        Assert.Equal(blocks[0].Turn, blocks[1].Turn);
        Assert.Contains(blocks, b => b.Speaker == "MEMBERS OF THE POLITBURO");
        Assert.Contains(blocks, b => b.Speaker == "GORBACHEVA");
        var last = blocks[blocks.Count - 1];
        Assert.Equal("The proposal is accepted.", last.Inlines[0].Text);
        Assert.Equal(0, last.Turn);
    }

    [Fact]
    public void Paragraphs_split_by_a_page_break_are_rejoined()
    {
        var joined = Parse(Seeds.SessionNotes).Blocks.Where(b => b.Inlines.Any(i => i.Kind == InlineKind.Join)).Select(b => string.Concat(b.Inlines.Select(i => i.Kind == InlineKind.Join ? " " : i.Text))).ToList();

        Assert.Contains(joined, p => p.Contains("a caveman outlook, and intellectual impotence", StringComparison.Ordinal));
        Assert.Contains(joined, p => p.Contains("to destroy the medium range missiles", StringComparison.Ordinal));
        Assert.Contains(joined, p => p.Contains("The position of the sides have become more clear", StringComparison.Ordinal));
    }

    [Fact]
    public void Square_brackets_are_supplied_text()
    {
        var supplied = Parse(Seeds.SessionNotes).Blocks.SelectMany(b => b.Inlines).Where(i => i.Kind == InlineKind.Supplied).Select(i => i.Text).ToList();

        Assert.Contains("Cyrus", supplied);
        Assert.Contains("the summit of November 1985", supplied);
        Assert.Contains("Soviet arms control negotiator Viktor", supplied);
    }

    [Theory]
    [InlineData(Seeds.Memorandum)]
    [InlineData(Seeds.SessionNotes)]
    public void Every_word_of_the_seed_is_in_the_model_in_order(string name)
    {
        var document = Parse(name);
        var source = File.ReadAllText(Repository.SeedPath(name));
        var words = ModelWords.Of(document, source);
        var seedWords = ModelWords.Split(source);

        var position = 0;
        foreach (var word in seedWords)
        {
            var found = words.IndexOf(word, position);
            Assert.True(found >= 0, $"'{word}' (after '{(position > 0 ? words[position - 1] : string.Empty)}') is missing from the model");
            position = found + 1;
        }
    }
}
