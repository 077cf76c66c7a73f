using System.Text;

namespace Publisher.Bench.Corpus;

/// <summary>Deterministic sentences and paragraphs from one document's random source.</summary>
internal sealed class Prose(Random random)
{
    public Random Random { get; } = random;

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>A sentence reporting what someone said, now and then with a bracketed editorial insertion.</summary>
    public string Sentence(string speaker)
    {
        var sentence = $"{speaker} {Pick(Vocabulary.Verbs)} that {Pick(Vocabulary.Clauses)}, and that {Pick(Vocabulary.Subjects)} {Pick(Tails)}.";
        return Random.Next(6) == 0 ? sentence.Insert(sentence.Length - 1, " " + Pick(Vocabulary.Insertions)) : sentence;
    }

    /// <summary>A first-person sentence for a speaker turn of session notes.</summary>
    public string Statement() => $"{Capitalised(Pick(Vocabulary.Subjects))} {Pick(Tails)}, because {Pick(Vocabulary.Clauses)}.";

    public string Paragraph(IReadOnlyList<string> speakers, int sentences)
    {
        var text = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            text.Append(i == 0 ? string.Empty : " ").Append(Sentence(Pick(speakers)));
        }

        return text.ToString();
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static readonly string[] Tails =
    [
        "deserved the closest attention", "could be settled at the next meeting", "remained the main obstacle",
        "had been discussed at length in Geneva", "should be left to the experts", "would be decisive for the summit",
        "was not a matter for propaganda", "had to be prepared very carefully",
    ];
}
