namespace Publisher.Site.Linking;

/// <summary>A person or group of the registry, or one derived from a document (<see cref="Status"/> <c>derived</c>).</summary>
public sealed record PersonRecord
{
    public string Id { get; init; } = string.Empty;

    /// <summary><c>person</c> or <c>group</c>.</summary>
    public string Kind { get; init; } = "person";

    public string Name { get; init; } = string.Empty;

    public string? FullName { get; init; }

    /// <summary><c>Soviet</c>, <c>U.S.</c> or <c>other</c>.</summary>
    public string Side { get; init; } = "other";

    public IReadOnlyList<string> Roles { get; init; } = [];

    public IReadOnlyList<string> Labels { get; init; } = [];

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<DoubtfulLabel> Doubtful { get; init; } = [];

    /// <summary><c>identified</c>, <c>unidentified</c> or <c>derived</c>.</summary>
    public string Status { get; init; } = "identified";

    public string? Wikidata { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    public string? Description { get; init; }

    public bool IsGroup => Kind == "group";
}
