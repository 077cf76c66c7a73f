namespace Publisher.Site.Rendering.Views;

/// <summary>What the layout needs of the page it wraps.</summary>
public sealed record PageView(string Title, string Description, string Canonical)
{
    /// <summary>Extra markup for the head, built in code (citation meta tags and the like).</summary>
    public TrustedHtml Head { get; init; } = TrustedHtml.Empty;

    /// <summary>The id of the navigation entry to mark as current, if any.</summary>
    public string? Section { get; init; }
}
