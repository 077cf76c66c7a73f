namespace Publisher.Site.Linking.Views;

/// <summary>One part of the persons index (Soviet, U.S., other, groups, derived), alphabetical.</summary>
public sealed record PersonGroupView(string Id, string Label, IReadOnlyList<PersonListItem> Persons);
