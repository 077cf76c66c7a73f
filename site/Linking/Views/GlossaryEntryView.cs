namespace Publisher.Site.Linking.Views;

/// <summary>One abbreviation or term of the glossary, with its anchor and its senses (usually one).</summary>
public sealed record GlossaryEntryView(string Anchor, string Term, IReadOnlyList<GlossarySenseView> Senses);
