using Microsoft.CodeAnalysis.Text;
using Publisher.Generator.Parsing;
using Publisher.Generator.Tests.Helpers;

namespace Publisher.Generator.Tests.Parsing;

/// <summary>
/// Damaged documents still parse: every test document and seed with any one line deleted, or cut off after any
/// line, gives a document and never a parser failure (PUB011), so no exception hides behind the catch-all.
/// </summary>
public sealed class RobustnessTests
{
    public static TheoryData<string> Documents() => NothingLostTests.Documents();

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_document_with_a_line_deleted_or_cut_short_still_parses(string relative)
    {
        var path = relative.StartsWith("seeds/", StringComparison.Ordinal) ? Repository.SeedPath(relative["seeds/".Length..]) : Repository.TestDocument(relative);
        var lines = File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');

        for (var i = 0; i < lines.Length; i++)
        {
            foreach (var variant in new[] { lines.Where((_, n) => n != i), lines.Take(i + 1) })
            {
                var text = string.Join("\n", variant);
                var result = SeedParser.Parse(path, SourceText.From(text));

                var failure = result.Diagnostics.FirstOrDefault(d => d.Descriptor.Id == "PUB011");
                Assert.True(failure is null, $"{relative}, line {i + 1} deleted or last: {failure?.ToDiagnostic()}");
                Assert.True(result.Document is not null || text.Trim().Length == 0, $"{relative}: no document after line {i + 1} changed");
            }
        }
    }
}
