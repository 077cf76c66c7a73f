using Publisher.Generator.Emit;
using Publisher.Generator.Model;
using Publisher.Generator.Parsing;
using Publisher.Generator.Tests.Helpers;

namespace Publisher.Generator.Tests.Parsing;

/// <summary>Bugs the nothing-lost property found, each pinned by the smallest input that showed it.</summary>
public sealed class ParserRegressionTests
{
    private static DocumentSpec Parse(string text)
    {
        var document = SeedParser.Parse("/seeds/random.txt", "random.txt", text).Document;
        Assert.NotNull(document);
        WordOrder.AssertKept(ModelWords.Split(text), ModelWords.Of(document, text));
        return document;
    }

    [Fact]
    public void A_lower_case_line_under_a_participant_continues_that_entry()
    {
        var document = Parse("6. p\n\n\u2022 Ambassador Ridgway\nand her deputy\n\u2022 DAS Simons");

        var group = Assert.Single(document.Participants);
        Assert.Null(group.Heading);
        Assert.Equal(["Ambassador Ridgway and her deputy", "DAS Simons"], group.Participants.Select(p => p.Source));
        Assert.Equal("Ambassador", group.Participants[0].Title);
    }

    [Fact]
    public void A_capitalised_line_between_bullets_still_heads_the_next_delegation()
    {
        var document = Parse("6. p\n\nU.S. Side:\n\u2022 Ambassador Ridgway\nSoviet Side:\n\u2022 Deputy Foreign Minister Bessmertnykh");

        Assert.Equal(["U.S. Side:", "Soviet Side:"], document.Participants.Select(g => g.Heading));
    }

    [Fact]
    public void An_indented_line_under_the_dateline_stays_with_the_date_not_the_subject_above()
    {
        var document = Parse("6. Memorandum of Conversation\n\nSUBJECT: Arms\n    and talks\nJuly 26, 1986\n    Soviet side\n\n\u2022 Ambassador Ridgway");

        Assert.Equal(["Arms and talks"], document.Subjects);
        Assert.Equal("July 26, 1986\nSoviet side", document.DateLine);
    }

    [Fact]
    public void A_subtitle_line_after_the_dateline_is_not_moved_before_it()
    {
        var document = Parse("6. p\nbar\nJuly 26, 1986\nfoo\n\n\u2022 x");

        Assert.Equal(["bar"], document.Subjects);
        Assert.Equal("July 26, 1986\nfoo", document.DateLine);
    }

    [Theory]
    [InlineData("Gespräch über Abrüstung.txt", "gesprach-uber-abrustung")]
    [InlineData("Łódź Straße Æbeltoft Øresund.txt", "lodz-strasse-aebeltoft-oresund")]
    [InlineData("Quảng Trị — Şişli, Țară.txt", "quang-tri-sisli-tara")]
    public void File_names_are_transliterated_by_a_fixed_table(string name, string id) =>
        Assert.Equal(id, DocumentIds.FromFileName(name));

    [Fact]
    public void A_file_name_with_no_latin_letter_gets_a_hashed_id() =>
        Assert.Matches("^document-[0-9a-f]{6}$", DocumentIds.FromFileName("Беседа в Кремле.txt"));

    [Fact]
    public void Ids_differing_only_in_dash_and_underscore_get_different_class_names()
    {
        var dash = EditionEmitter.ClassName(new DocumentSpec { Id = "memo-a" });
        var underscore = EditionEmitter.ClassName(new DocumentSpec { Id = "memo_a" });

        Assert.NotEqual(dash, underscore);
        Assert.Matches("^[A-Za-z_][A-Za-z0-9_]*$", dash);
        Assert.Equal("Document_memo_a", underscore);
    }
}
