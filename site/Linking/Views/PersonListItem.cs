namespace Publisher.Site.Linking.Views;

/// <summary>A person in the persons index.</summary>
public sealed record PersonListItem(string Name, string Href, string? Roles, int DocumentCount, int SpeechCount, int MentionCount, string Status);
