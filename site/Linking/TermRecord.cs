namespace Publisher.Site.Linking;

/// <summary>A glossary entry; several entries may share a <see cref="Term"/> (senses of an ambiguous abbreviation).</summary>
public sealed record TermRecord
{
    public string Id { get; init; } = string.Empty;

    public string Term { get; init; } = string.Empty;

    public string Expansion { get; init; } = string.Empty;

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<string> Context { get; init; } = [];

    public string? Description { get; init; }
}
