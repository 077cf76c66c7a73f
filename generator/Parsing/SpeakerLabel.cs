using System.Text.RegularExpressions;

namespace Publisher.Generator.Parsing;

/// <summary>
/// A speaker turn opens with a label in capitals and a full stop: <c>GORBACHEV. …</c>,
/// <c>MEMBERS OF THE POLITBURO. …</c>.
/// </summary>
internal static class SpeakerLabel
{
    private static readonly Regex Label = new(
        @"^(?<label>[A-Z\u0400-\u042F][A-Z\u0400-\u042F'\u2019\-]+(?:\s[A-Z\u0400-\u042F][A-Z\u0400-\u042F'\u2019\-]*){0,5})\.(?:\s+|$)",
        RegexOptions.CultureInvariant);

    /// <summary>The label without its full stop, and the length of label, stop and following space; null when none.</summary>
    public static (string Label, int Length)? Match(string paragraph)
    {
        var match = Label.Match(paragraph);
        return match.Success ? (match.Groups["label"].Value, match.Length) : null;
    }

    /// <summary>A collective label (<c>MEMBERS OF THE POLITBURO</c>) speaks one short reply, never a continued turn.</summary>
    public static bool IsGroup(string label) => label.Contains("MEMBERS") || label.StartsWith("ALL", System.StringComparison.Ordinal);
}
