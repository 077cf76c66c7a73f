using Publisher.Generator.Helpers;

namespace Publisher.Generator.Registry;

/// <summary>An event the documents refer to, with its date (ISO, an end date for spans) and the phrases that name it.</summary>
internal sealed record EventSpec
{
    public string Id { get; init; } = string.Empty;

    public string Title { get; init; } = string.Empty;

    public string Date { get; init; } = string.Empty;

    public string? End { get; init; }

    public EquatableArray<string> Mentions { get; init; } = EquatableArray<string>.Empty;

    public EquatableArray<string> Notes { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Markdown.</summary>
    public string? Description { get; init; }

    public string Path { get; init; } = string.Empty;

    public int Line { get; init; }
}
