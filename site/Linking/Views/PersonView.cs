using Publisher.Site.Rendering;

namespace Publisher.Site.Linking.Views;

/// <summary>A person's page: who they were, and every place the documents have them, with counts.</summary>
public sealed record PersonView(
    PersonRecord Person,
    string SideLabel,
    TrustedHtml Description,
    string? WikidataHref,
    IReadOnlyList<OccurrenceView> Appearances,
    IReadOnlyList<OccurrenceView> Speeches,
    IReadOnlyList<OccurrenceView> Mentions,
    int DocumentCount,
    int MentionCount);
