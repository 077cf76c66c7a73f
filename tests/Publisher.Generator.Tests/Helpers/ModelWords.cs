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

    public static List<string> Of(DocumentSpec document)
    {
        var parts = new List<string>();
        parts.AddRange(document.Classification);
        parts.Add(document.Number + ". " + document.Title);
        parts.AddRange(document.Subjects);
        parts.Add(document.DateLine ?? string.Empty);
        parts.Add("Chaired by: " + document.Chair);
        parts.Add("In attendance: " + document.AttendeesHonorific + " " + string.Join(", ", document.Attendees));
        parts.Add(document.Agenda ?? string.Empty);
        parts.AddRange(document.Participants.SelectMany(g => (g.Heading is null ? [] : new[] { g.Heading }).Concat(g.Participants.Select(p => p.Source))));
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

    [GeneratedRegex(@"\p{L}+(?:[’']\p{L}+)*|\p{N}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\[Page \d+\]")]
    private static partial Regex PageMarker();
}
