using System.Text.RegularExpressions;

namespace Publisher.Site.Linking;

/// <summary>
/// Finds the known forms in a run of text: whole words only (<c>Reagan</c> is not found in <c>Reaganomics</c>),
/// case as written, the longest form first (<c>CC CPSU</c> before <c>CPSU</c>, <c>Roz Ridgway</c> before
/// <c>Roz</c>), never overlapping. A run carrying Markdown emphasis is not scanned: a link must not cut it.
/// </summary>
public sealed class MentionScanner
{
    private readonly Regex? _pattern;
    private readonly Dictionary<string, MentionTarget> _targets;

    public MentionScanner(IEnumerable<MentionTarget> targets)
    {
        _targets = new Dictionary<string, MentionTarget>(StringComparer.Ordinal);
        foreach (var target in targets.Where(t => t.Form.Length > 0))
        {
            _targets.TryAdd(target.Form, target);
        }

        if (_targets.Count > 0)
        {
            var alternatives = _targets.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape);
            _pattern = new Regex(@"(?<![\p{L}\p{N}'’])(?:" + string.Join("|", alternatives) + @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant);
        }
    }

    public static bool Scannable(string text) => text.AsSpan().IndexOfAny("*_\\") < 0 && !text.Contains("  \n", StringComparison.Ordinal);

    public IReadOnlyList<MentionMatch> Scan(string text)
    {
        if (_pattern is null || !Scannable(text))
        {
            return [];
        }

        return _pattern.Matches(text).Select(m => new MentionMatch(m.Index, m.Length, _targets[m.Value])).ToList();
    }
}
