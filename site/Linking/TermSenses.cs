namespace Publisher.Site.Linking;

/// <summary>
/// Picks the sense of an ambiguous abbreviation for one paragraph: the sense whose registry context words occur
/// most often in it (in the memorandum, "SCC was meeting in Geneva" is the Standing Consultative Commission).
/// No context word, or a tie, leaves the mention unresolved: it is marked, never guessed.
/// </summary>
public static class TermSenses
{
    public static TermRecord? Choose(IReadOnlyList<TermRecord> senses, string paragraph)
    {
        if (senses.Count == 1)
        {
            return senses[0];
        }

        var scored = senses
            .Select(s => (Sense: s, Score: s.Context.Count(c => paragraph.Contains(c, StringComparison.Ordinal))))
            .OrderByDescending(x => x.Score)
            .ToList();
        return scored[0].Score > 0 && (scored.Count == 1 || scored[1].Score < scored[0].Score) ? scored[0].Sense : null;
    }
}
