using System.Globalization;
using System.Text;

namespace Publisher.Bench.Corpus;

/// <summary>
/// A memorandum of conversation in the seeds' conventions: numbered heading with a note reference, subject and
/// dateline, participant bullets per side, paragraphs with footnote references and <c>[Page n]</c> markers, an
/// editorial <c>[NOTE: …]</c>, section headings after two blank lines, and the numbered notes at the end.
/// </summary>
internal static class MemorandumWriter
{
    public static SyntheticDocument Write(int index, Prose prose, DateOnly date)
    {
        var americans = Side(prose, Vocabulary.AmericanTitles, Vocabulary.AmericanNames);
        var soviets = Side(prose, Vocabulary.SovietTitles, Vocabulary.SovietNames);
        var speakers = americans.Concat(soviets).Select(p => p.Split(' ')[^1]).ToList();
        var number = index + 1;
        var subject = $"Meeting with {soviets[0]} in {prose.Pick(Vocabulary.Places)}";
        var dateText = date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
        var seed = new StringBuilder();
        var markdown = new StringBuilder();
        var notes = new List<string> { $"Source: {prose.Pick(Vocabulary.Archives)}, Lot {90 + (index % 9)}D{100 + (index % 800)}. Secret; Sensitive. Drafted by {speakers[^2]}. The meeting took place in {prose.Pick(Vocabulary.Places)}." };

        seed.Append(CultureInfo.InvariantCulture, $"{number}. Memorandum of Conversation1\n\n{subject}\n{dateText}\n\n\n");
        markdown.Append(CultureInfo.InvariantCulture, $"**{number}. Memorandum of Conversation**[^1]\n\n{subject}  \n{dateText}\n\n");
        foreach (var side in new[] { americans, soviets })
        {
            foreach (var participant in side)
            {
                seed.Append("    \u2022 ").Append(participant).Append('\n');
                markdown.Append("- ").Append(participant).Append('\n');
            }

            seed.Append('\n');
            markdown.Append('\n');
        }

        var page = 1000 + (index * 7 % 9000);
        var topics = Vocabulary.Topics.OrderBy(_ => prose.Random.Next()).Take(3).ToList();
        for (var section = 0; section < topics.Count; section++)
        {
            if (section > 0)
            {
                seed.Append('\n').Append(topics[section]).Append("\n\n");
                markdown.Append("## ").Append(topics[section]).Append("\n\n");
            }
            else
            {
                var note = $"[NOTE: The two sides then covered, in order, {string.Join(", ", topics)}.]";
                seed.Append(note).Append("\n\n");
                markdown.Append('*').Append(note).Append("*\n\n");
            }

            for (var p = 0; p < 3; p++)
            {
                var sentences = Enumerable.Range(0, 2 + prose.Random.Next(3)).Select(_ => prose.Sentence(prose.Pick(speakers))).ToList();
                var seedText = string.Join(' ', sentences);
                var markdownText = seedText;
                if (p == 1)
                {
                    // A page of the printed volume ends mid-paragraph, as in FRUS.
                    var cut = seedText.IndexOf(' ', seedText.Length / 2);
                    page++;
                    seedText = seedText.Insert(cut, $" [Page {page}]");
                    markdownText = markdownText.Insert(cut, $" \\[Page {page}\\]");
                }

                if (p == 2 && notes.Count < 4)
                {
                    notes.Add($"{prose.Pick(Vocabulary.Subjects)[4..]} was discussed again on {date.AddDays(notes.Count * 3).ToString("MMMM d", CultureInfo.InvariantCulture)}; see Document {Math.Max(1, number - notes.Count)}.");
                    seedText += notes.Count.ToString(CultureInfo.InvariantCulture);
                    markdownText += $"[^{notes.Count}]";
                }

                seed.Append(seedText).Append("\n\n");
                markdown.Append(markdownText).Append("\n\n");
            }
        }

        seed.Append('\n');
        for (var n = 0; n < notes.Count; n++)
        {
            var text = char.ToUpperInvariant(notes[n][0]) + notes[n][1..];
            seed.Append(CultureInfo.InvariantCulture, $"  {n + 1}. {text}\n");
            markdown.Append(CultureInfo.InvariantCulture, $"[^{n + 1}]: {text}\n");
        }

        var name = $"{index:D5}_memcon.txt";
        return new SyntheticDocument(index, name, $"{number}. Memorandum of Conversation: {subject}", date, seed.ToString(), markdown.ToString());
    }

    private static List<string> Side(Prose prose, string[] titles, string[] names) =>
        names.OrderBy(_ => prose.Random.Next()).Take(3 + prose.Random.Next(2)).Select(n => $"{prose.Pick(titles)} {n}").ToList();
}
