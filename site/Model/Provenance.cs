namespace Publisher.Site.Model;

/// <summary>Where a document comes from: archive, file, classification, drafter, translator.</summary>
public sealed record Provenance
{
    public string? Archive { get; init; }

    public string? File { get; init; }

    public string? Classification { get; init; }

    public string? Drafter { get; init; }

    public string? Translator { get; init; }

    public string? Publisher { get; init; }

    /// <summary>The source statement as written.</summary>
    public string? Statement { get; init; }
}
