using Publisher.Generator.Helpers;

namespace Publisher.Generator.Registry;

/// <summary>
/// A glossary entry: the term as the documents write it (<c>SCC</c>), its expansion, the other forms it takes in
/// the text, and — for an abbreviation with several senses — the context words that select this sense.
/// </summary>
internal sealed record TermSpec
{
    public string Id { get; init; } = string.Empty;

    public string Term { get; init; } = string.Empty;

    public string Expansion { get; init; } = string.Empty;

    public EquatableArray<string> Aliases { get; init; } = EquatableArray<string>.Empty;

    public EquatableArray<string> Context { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Markdown.</summary>
    public string? Description { get; init; }

    public string Path { get; init; } = string.Empty;

    public int Line { get; init; }
}
