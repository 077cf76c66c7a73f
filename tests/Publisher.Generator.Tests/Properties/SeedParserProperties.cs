using CsCheck;
using Publisher.Generator.Parsing;
using Publisher.Generator.Tests.Helpers;

namespace Publisher.Generator.Tests.Properties;

/// <summary>Properties of the parser that must hold for any text, checked on thousands of random seeds (shrunk on failure).</summary>
public sealed class SeedParserProperties
{
    private const long Iterations = 2_000;

    private static string Print(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    [Fact]
    public void Never_throws_on_arbitrary_text() =>
        SeedTextGen.Text.Sample(text => SeedParser.Parse("/seeds/random.txt", "random.txt", text), iter: Iterations, print: Print);

    [Fact]
    public void Never_throws_on_arbitrary_characters() =>
        Gen.String.Sample(text => SeedParser.Parse("/seeds/random.txt", "random.txt", text), iter: Iterations, print: Print);

    [Fact]
    public void Loses_no_word_and_keeps_their_order() =>
        SeedTextGen.Text.Sample(
            text =>
            {
                var document = SeedParser.Parse("/seeds/random.txt", "random.txt", text).Document;
                var words = ModelWords.Split(text);
                if (document is null)
                {
                    Assert.Empty(words);
                    return;
                }

                WordOrder.AssertKept(words, ModelWords.Of(document, text));
            },
            iter: Iterations,
            print: Print);

    [Fact]
    public void Is_deterministic() =>
        SeedTextGen.Text.Sample(
            text => Assert.Equal(SeedParser.Parse("/seeds/random.txt", "random.txt", text), SeedParser.Parse("/seeds/random.txt", "random.txt", text)),
            iter: Iterations,
            print: Print);

    /// <summary>
    /// Inputs the properties found, shrunk by hand, kept so they stay fixed: a title paragraph of two lines (fixed in
    /// SeedParser), and a line after a participant bullet (lost by the memorandum's participant list).
    /// </summary>
    [Theory]
    [InlineData("]\nsaid\"")]
    [InlineData("6. p\n\n\u2022\tt\rq")]
    [InlineData("6. p\n\n\u2022 Ambassador Ridgway\nand her deputy")]
    public void Loses_no_word_of_inputs_found_before(string text)
    {
        var document = SeedParser.Parse("/seeds/random.txt", "random.txt", text).Document;

        Assert.NotNull(document);
        WordOrder.AssertKept(ModelWords.Split(text), ModelWords.Of(document, text));
    }

    /// <summary>A document id names a folder of the site: whatever the file name, it can never climb out of it.</summary>
    [Fact]
    public void A_document_id_is_a_safe_folder_name_for_any_file_name() =>
        Gen.OneOf(Gen.String, Gen.OneOf("../../etc/passwd.txt", "..\\..\\x.txt", "/abs/path.txt", "..txt", "...txt", ".txt", "CON.txt", "a/../b.txt"))
            .Sample(
                name =>
                {
                    var id = DocumentIds.FromFileName(name);
                    Assert.Matches("^[a-z0-9_][a-z0-9_-]*$", id);
                },
                iter: Iterations,
                print: Print);
}

