using System.Globalization;
using System.Text;

namespace Publisher.Bench.Corpus;

/// <summary>
/// Politburo session notes in the seeds' conventions: classification lines, a bold heading and date, the chair and
/// those in attendance, the agenda, <c>NAME. text</c> speaker turns (one collective reply), and the source block.
/// </summary>
internal static class SessionNotesWriter
{
    public static SyntheticDocument Write(int index, Prose prose, DateOnly date)
    {
        var members = Vocabulary.SovietNames.OrderBy(_ => prose.Random.Next()).Take(6 + prose.Random.Next(4)).ToList();
        var initials = members.ToDictionary(m => m, _ => $"{(char)('A' + prose.Random.Next(20))}.{(char)('A' + prose.Random.Next(20))}.");
        var chair = members[0];
        var dateText = date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        var agenda = $"On {prose.Pick(Vocabulary.Subjects)} and the preparations for the talks in {prose.Pick(Vocabulary.Places)}";
        var seed = new StringBuilder();
        var markdown = new StringBuilder();

        seed.Append("Top Secret  \nOnly Copy  \n(Working notes)\n\n**Session of the Politburo of the CC CPSU**  \n");
        seed.Append(CultureInfo.InvariantCulture, $"**{dateText}**\n\nChaired by: cde. {chair.ToUpperInvariant()}. {initials[chair]}\n\n");
        seed.Append("In attendance: cdes. ").Append(string.Join(", ", members.Skip(1).Select(m => $"{m} {initials[m]}"))).Append(".\n\n");
        seed.Append(agenda).Append("\n\n");
        markdown.Append("Top Secret  \nOnly Copy  \n(Working notes)\n\n**Session of the Politburo of the CC CPSU**  \n");
        markdown.Append(CultureInfo.InvariantCulture, $"**{dateText}**\n\nChaired by: cde. {chair.ToUpperInvariant()}. {initials[chair]}\n\n");
        markdown.Append("In attendance: cdes. ").Append(string.Join(", ", members.Skip(1).Select(m => $"{m} {initials[m]}"))).Append(".\n\n");
        markdown.Append(agenda).Append("\n\n");

        var turns = 10 + prose.Random.Next(4);
        for (var t = 0; t < turns; t++)
        {
            var speaker = t == 0 || t == turns - 1 ? chair : prose.Pick(members);
            var text = string.Join(' ', Enumerable.Range(0, 2 + prose.Random.Next(2)).Select(_ => prose.Statement()));
            seed.Append(speaker.ToUpperInvariant()).Append(". ").Append(text).Append("\n\n");
            markdown.Append("**").Append(speaker.ToUpperInvariant()).Append(".** ").Append(text).Append("\n\n");
            if (t == turns / 2)
            {
                seed.Append("MEMBERS OF THE POLITBURO. We agree.\n\n");
                markdown.Append("**MEMBERS OF THE POLITBURO.** We agree.\n\n");
            }
        }

        seed.Append("The proposal is accepted.\n\n");
        markdown.Append("The proposal is accepted.\n\n");
        var source = "*Source: The Volkogonov Collection, U.S. Library of Congress  \nTranslated for the benchmark corpus  \nFor the National Security Archive*\n";
        seed.Append(source);
        markdown.Append(source);

        var name = $"{index:D5}_politburo.txt";
        return new SyntheticDocument(index, name, $"Session of the Politburo of the CC CPSU, {dateText}", date, seed.ToString(), markdown.ToString());
    }
}
