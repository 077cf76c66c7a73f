using System.Text.RegularExpressions;

namespace Publisher.Site.Tests.Fidelity;

/// <summary>
/// The words of a seed in order, and the check that they all appear, in that order, in an output. Page markers
/// (<c>[Page 1041]</c>) and the numbers of the notes at the end are structure, not text; a number glued to a word
/// as a footnote reference stays, since pages show it as the reference's link text.
/// </summary>
internal static partial class SeedWords
{
    public static List<string> Of(string seed) => Split(NoteNumber().Replace(PageMarker().Replace(seed, " "), " "));

    public static List<string> Split(string text) => Word().Matches(text).Select(m => m.Value).ToList();

    /// <summary>Null when every seed word is found in order in the output; else where the first one went missing.</summary>
    public static string? FirstMissing(IReadOnlyList<string> seed, IReadOnlyList<string> output)
    {
        var at = 0;
        for (var i = 0; i < seed.Count; i++)
        {
            var found = -1;
            for (var j = at; j < output.Count; j++)
            {
                if (string.Equals(seed[i], output[j], StringComparison.Ordinal))
                {
                    found = j;
                    break;
                }
            }

            if (found < 0)
            {
                var before = string.Join(' ', seed.Skip(Math.Max(0, i - 8)).Take(Math.Min(i, 8)));
                var nearby = string.Join(' ', output.Skip(Math.Max(0, at - 8)).Take(16));
                return $"seed word {i} \"{seed[i]}\" (after \"{before}\") not found after output word {at} (near \"{nearby}\")";
            }

            at = found + 1;
        }

        return null;
    }

    [GeneratedRegex(@"\p{L}+(?:[’']\p{L}+)*|\p{N}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\[Page \d+\]")]
    private static partial Regex PageMarker();

    // "  1. Source: …": the number of a note in the list at the end of a memorandum.
    [GeneratedRegex(@"^[ \t]+\d+\.[ \t]", RegexOptions.Multiline)]
    private static partial Regex NoteNumber();
}
