using System.Text.RegularExpressions;
using Publisher.Site.Tests.Export;
using Publisher.Site.Tests.Helpers;
using static Publisher.Site.Tests.Export.TeiDocument;

namespace Publisher.Site.Tests.Fidelity;

/// <summary>
/// Every word of each seed is in its TEI, in order: the running text in the body, and the notes (which TEI puts at
/// their references, the seed at its end) in the notes' own order.
/// </summary>
public sealed partial class TeiNothingLostTests
{
    [Theory]
    [InlineData(RepositoryFiles.Memorandum)]
    [InlineData(RepositoryFiles.SessionNotes)]
    public void Every_word_of_the_seed_is_in_the_tei_in_order(string id)
    {
        var seed = RepositoryFiles.Seed(id);
        var notesStart = NotesStart().Match(seed) is { Success: true } m ? m.Index : seed.Length;
        var tei = Of(id);

        var body = SeedWords.FirstMissing(SeedWords.Of(seed[..notesStart]), SeedWords.Split(tei.ReadingText()));
        var notes = SeedWords.FirstMissing(
            SeedWords.Of(seed[notesStart..]),
            SeedWords.Split(string.Join(" ", tei.All("note").Where(n => (string?)n.Attribute("place") == "foot").Select(Flat))));

        Assert.True(body is null, body);
        Assert.True(notes is null, notes);
    }

    // The list of notes at the end of a memorandum begins with an indented "1. ".
    [GeneratedRegex(@"\n[ \t]+1\.[ \t]")]
    private static partial Regex NotesStart();
}
