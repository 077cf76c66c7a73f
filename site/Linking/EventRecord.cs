namespace Publisher.Site.Linking;

/// <summary>An event the documents refer to; dates are ISO <c>yyyy-MM-dd</c>.</summary>
public sealed record EventRecord
{
    public string Id { get; init; } = string.Empty;

    public string Title { get; init; } = string.Empty;

    public string Date { get; init; } = string.Empty;

    public string? End { get; init; }

    public IReadOnlyList<string> Mentions { get; init; } = [];

    public IReadOnlyList<string> Notes { get; init; } = [];

    public string? Description { get; init; }
}
