namespace Publisher.Bench.Corpus;

/// <summary>One generated document: the seed as Publisher reads it, and the same text as Markdown for Hugo.</summary>
internal sealed record SyntheticDocument(int Index, string FileName, string Title, DateOnly Date, string Seed, string Markdown)
{
    /// <summary>Publisher's document id: the seed's file name without .txt, in lower case.</summary>
    public string Id => Path.GetFileNameWithoutExtension(FileName).ToLowerInvariant();
}
