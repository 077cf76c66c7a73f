namespace Publisher.Site.Linking;

/// <summary>
/// Where a person, term or event occurs: a document, the anchor of the paragraph or note (<c>p-12</c>, <c>fn-2</c>),
/// how it occurs (a speech, a mention, the chair…), the form as written, how many times, and a short excerpt.
/// </summary>
public sealed record Occurrence(string Document, string? Anchor, string Kind, string Form, int Count, string? Excerpt)
{
    public string? Doubt { get; init; }
}
