namespace Publisher.Site.Linking.Views;

/// <summary>A document or an event on the timeline; an event lists the paragraphs that mention it.</summary>
public sealed record ChronologyItemView(string Anchor, string IsoDate, string DateDisplay, string Kind, string Title, string? Href, IReadOnlyList<string> Notes, IReadOnlyList<OccurrenceView> Mentions);
