namespace Publisher.Bench.Corpus;

/// <summary>
/// The synthetic corpus: document <c>i</c> depends only on the fixed seed and <c>i</c>, so a corpus of 1,000
/// documents is exactly the first 1,000 of a corpus of 10,000. Even indices are memoranda, odd ones session notes.
/// </summary>
public static class CorpusGenerator
{
    public const int Seed = 20_261_122;

    private static readonly DateOnly Start = new(1981, 1, 20);

    internal static SyntheticDocument Document(int index)
    {
        var prose = new Prose(new Random(unchecked(Seed + (index * 7919))));
        var date = Start.AddDays(index / 3);
        return index % 2 == 0 ? MemorandumWriter.Write(index, prose, date) : SessionNotesWriter.Write(index, prose, date);
    }

    internal static IReadOnlyList<SyntheticDocument> Documents(int count) =>
        Enumerable.Range(0, count).AsParallel().AsOrdered().Select(Document).ToList();

    /// <summary>Writes the seeds and the edition's introduction into <paramref name="folder"/> (emptied first).</summary>
    internal static long WriteSeeds(string folder, IReadOnlyList<SyntheticDocument> documents)
    {
        Folders.Recreate(folder);
        File.WriteAllText(Path.Combine(folder, "introduction.md"), $"# Benchmark Edition\n\nA synthetic edition of {documents.Count} documents generated with seed {Seed}, for measuring Publisher against Hugo.\n");
        long bytes = 0;
        foreach (var document in documents)
        {
            var path = Path.Combine(folder, document.FileName);
            File.WriteAllText(path, document.Seed);
            bytes += new FileInfo(path).Length;
        }

        return bytes;
    }
}
