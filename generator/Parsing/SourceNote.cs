using System.Text.RegularExpressions;
using Publisher.Generator.Model;

namespace Publisher.Generator.Parsing;

/// <summary>
/// Reads provenance from a FRUS source note: <c>Source: Department of State, …, Lot 90D397, July–August 1986.
/// Secret; Sensitive. Drafted by Burton.</c>
/// </summary>
internal static class SourceNote
{
    private static readonly Regex Source = new(@"^Source:\s*(?<archive>[^,.]+),\s*(?<file>.+?)\.\s+(?<rest>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    private static readonly Regex Classification = new(@"(?:^|\.)\s*(?<c>(?:Top Secret|Secret|Confidential|Limited Official Use|Unclassified)[^.]*)\.", RegexOptions.CultureInvariant);

    private static readonly Regex Drafter = new(@"Drafted by (?<d>[^.;]+?)(?:\s+on\s+[^.]+)?[.;]", RegexOptions.CultureInvariant);

    public static ProvenanceSpec Read(string? note)
    {
        if (note is null || !note.StartsWith("Source:", System.StringComparison.Ordinal))
        {
            return new ProvenanceSpec();
        }

        var statement = note.Substring("Source:".Length).Trim();
        var match = Source.Match(note);
        if (!match.Success)
        {
            return new ProvenanceSpec { Statement = statement };
        }

        var rest = match.Groups["rest"].Value;
        var classification = Classification.Match(rest);
        var drafter = Drafter.Match(rest);
        return new ProvenanceSpec
        {
            Statement = statement,
            Archive = match.Groups["archive"].Value.Trim(),
            File = match.Groups["file"].Value.Trim(),
            Classification = classification.Success ? classification.Groups["c"].Value.Trim() : null,
            Drafter = drafter.Success ? drafter.Groups["d"].Value.Trim() : null,
        };
    }
}
