namespace Publisher.Site.Linking.Views;

/// <summary>What a document page shows of the link index: its persons, its terms, related documents.</summary>
public sealed record DocumentLinksView(IReadOnlyList<NamedLink> Persons, IReadOnlyList<NamedLink> Terms, IReadOnlyList<NamedLink> Related);
