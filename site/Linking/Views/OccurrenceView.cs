namespace Publisher.Site.Linking.Views;

/// <summary>One occurrence as a page lists it: the document, the link to the paragraph, how and how often.</summary>
public sealed record OccurrenceView(string DocumentTitle, string? DocumentDate, string Href, string Kind, string Form, int Count, string? Excerpt, string? Doubt);
