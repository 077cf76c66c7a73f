using Publisher.Site.Rendering;

namespace Publisher.Site.Linking.Views;

/// <summary>One sense of a term; <see cref="Anchor"/> is set when the term has several senses.</summary>
public sealed record GlossarySenseView(string? Anchor, string Expansion, TrustedHtml Description, IReadOnlyList<OccurrenceView> Mentions);
