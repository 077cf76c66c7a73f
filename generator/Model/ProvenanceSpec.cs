namespace Publisher.Generator.Model;

/// <summary>Where the document comes from, read from its source note or closing block.</summary>
internal sealed record ProvenanceSpec
{
    public string? Archive { get; init; }

    public string? File { get; init; }

    public string? Classification { get; init; }

    public string? Drafter { get; init; }

    public string? Translator { get; init; }

    public string? Publisher { get; init; }

    /// <summary>The source statement as written (without the leading <c>Source:</c>).</summary>
    public string? Statement { get; init; }
}
