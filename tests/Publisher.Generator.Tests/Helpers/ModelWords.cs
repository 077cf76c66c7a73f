using System.Text.RegularExpressions;
using Publisher.Generator.Model;

namespace Publisher.Generator.Tests.Helpers;

/// <summary>
/// The words of a parsed document in reading order, and of a seed: the nothing-lost check compares the two.
/// Page markers and footnote numbers are structure, so "Page" and the numbers they carry are not words here.
/// </summary>
internal static partial class ModelWords
{
    public static List<string> Split(string text) =>
        Word().Matches(PageMarker().Replace(text, " ")).Select(m => m.Value).Where(w => !w.All(char.IsDigit)).ToList();

    /// <summary>
    /// The model's words in reading order. The header's fields are shown in a fixed layout, so among themselves they
    /// are put in the order the source has them (found by their opening text); the body, notes and closing follow.
    /// </summary>
    public static List<string> Of(DocumentSpec document, string source)
    {
        var header = new List<string>();
        header.AddRange(document.Classification);
        header.Add(document.Number is null ? document.Title : document.Number + ". " + document.Title);
        header.Add(string.Join(" ", new[] { document.SubjectLabel }.Concat(document.Subjects).Where(x => x is not null)));
        header.Add(document.DateLine ?? string.Empty);
        header.Add(Join(document.ChairLabel, document.Chair));
        header.Add(Join(document.AttendeesLabel, document.AttendeesHonorific, string.Join(", ", document.Attendees)));
        header.Add(document.Agenda ?? string.Empty);
        header.Add(document.ParticipantsLabel ?? string.Empty);
        header.Add(string.Join(" ", document.Participants.SelectMany(g => (g.Heading is null ? [] : new[] { g.Heading }).Concat(g.Participants.Select(p => p.Source)))));
        var fields = header.Select((text, index) => (text: text.Trim(), index)).ToList();

        // Fields share words (a title may hold the very dateline that follows it), so the longest fields are found
        // first and each claims its stretch of the source; a shorter field is then found outside the claimed ones.
        // Page markers are blanked (same length, so indices hold): "[Page 1041]" between two words is not a word.
        var text = PageMarker().Replace(source, m => new string(' ', m.Length));
        var claimed = new List<(int Start, int End)>();
        var positions = new Dictionary<int, int>();
        foreach (var field in fields.OrderByDescending(f => Split(f.text).Count).ThenBy(f => f.index))
        {
            positions[field.index] = Position(text, field.text, claimed);
        }

        var parts = fields.OrderBy(h => positions[h.index]).ThenBy(h => h.index).Select(h => h.text).ToList();
        foreach (var block in document.Blocks)
        {
            parts.Add(block.Speaker ?? string.Empty);
            parts.AddRange(block.Inlines.Select(i => i.Text));
        }

        if (document.Signature is { } signature)
        {
            parts.Add(signature.Label + " " + signature.Name);
        }

        parts.AddRange(document.SourceLines);
        parts.AddRange(document.Footnotes.SelectMany(n => n.Inlines.Select(i => i.Text)));
        return Split(string.Join(" ", parts));
    }

    private static string Join(params string?[] parts) => string.Join(" ", parts.Where(p => !string.IsNullOrEmpty(p)));

    /// <summary>
    /// Where a header field starts in the source, outside the stretches other fields claimed: all its words in a row
    /// if the source has them so, else its first three; whole words ("ALL" is not found inside "NALL"), whatever
    /// spacing or punctuation lies between them.
    /// </summary>
    private static int Position(string text, string part, List<(int Start, int End)> claimed)
    {
        var words = Split(part).Select(Regex.Escape).ToList();
        if (words.Count == 0)
        {
            return int.MaxValue;
        }

        foreach (var take in new[] { words.Count, Math.Min(3, words.Count) })
        {
            var pattern = @"(?<!\p{L})" + string.Join(@"[^\p{L}]+", words.Take(take)) + @"(?!\p{L})";
            for (var match = Regex.Match(text, pattern); match.Success; match = match.NextMatch())
            {
                var end = match.Index + match.Length;
                if (!claimed.Any(c => match.Index < c.End && c.Start < end))
                {
                    claimed.Add((match.Index, end));
                    return match.Index;
                }
            }
        }

        return int.MaxValue;
    }

    [GeneratedRegex(@"\p{L}+(?:[’']\p{L}+)*|\p{N}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\[Page \d+\]")]
    private static partial Regex PageMarker();
}
