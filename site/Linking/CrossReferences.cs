using System.Text.RegularExpressions;
using Publisher.Site.Model;
using Publisher.Site.Rendering;

namespace Publisher.Site.Linking;

/// <summary>
/// Cross-references between documents in notes (<c>See footnote 1, Document 159</c>, <c>Document 159</c>): a link
/// to the referenced document (and note) when the edition holds a document of that number, plain text otherwise.
/// </summary>
public sealed partial class CrossReferences
{
    private readonly Dictionary<int, DocumentEntry> _byNumber;

    public CrossReferences(IEnumerable<DocumentEntry> documents) =>
        _byNumber = documents.Where(d => d.Number is not null).GroupBy(d => d.Number!.Value).ToDictionary(g => g.Key, g => g.First());

    /// <summary>The references of the run that resolve: where they are, and the link relative to the site root.</summary>
    public IEnumerable<(int Start, int Length, string Href)> Find(string text)
    {
        foreach (Match match in Reference().Matches(text))
        {
            if (int.TryParse(match.Groups["document"].Value, out var number) && _byNumber.TryGetValue(number, out var document))
            {
                var note = match.Groups["note"].Success ? "#fn-" + match.Groups["note"].Value : string.Empty;
                yield return (match.Index, match.Length, SiteUrls.Document(document.Id) + note);
            }
        }
    }

    [GeneratedRegex(@"(?:footnote (?<note>\d+), )?Document (?<document>\d+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
