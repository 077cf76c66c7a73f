using Publisher.Generator.Helpers;

namespace Publisher.Generator.Registry;

/// <summary>
/// A person (or a group such as <c>MEMBERS OF THE POLITBURO</c>) of the registry. <see cref="Labels"/> are the
/// forms of speaker labels, attendance lists and participant lines; <see cref="Aliases"/> are the forms the running
/// text uses, linked where they occur. A person derived from a document (not in the registry) has
/// <see cref="Derived"/> set.
/// </summary>
internal sealed record PersonSpec
{
    public string Id { get; init; } = string.Empty;

    public bool IsGroup { get; init; }

    public string Name { get; init; } = string.Empty;

    public string? FullName { get; init; }

    /// <summary><c>Soviet</c>, <c>U.S.</c> or <c>other</c>.</summary>
    public string Side { get; init; } = "other";

    public EquatableArray<string> Roles { get; init; } = EquatableArray<string>.Empty;

    public EquatableArray<string> Labels { get; init; } = EquatableArray<string>.Empty;

    public EquatableArray<string> Aliases { get; init; } = EquatableArray<string>.Empty;

    public EquatableArray<DoubtfulLabelSpec> Doubtful { get; init; } = EquatableArray<DoubtfulLabelSpec>.Empty;

    public bool Identified { get; init; } = true;

    public string? Wikidata { get; init; }

    /// <summary>What the editors are unsure of, or where the sources disagree, in their words.</summary>
    public EquatableArray<string> Notes { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Markdown.</summary>
    public string? Description { get; init; }

    public bool Derived { get; init; }

    public string Path { get; init; } = string.Empty;

    public int Line { get; init; }
}
