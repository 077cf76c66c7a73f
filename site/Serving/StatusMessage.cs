namespace Publisher.Site.Serving;

/// <summary>The JSON the preview's script polls.</summary>
public sealed record StatusMessage(int Version, bool Building, IReadOnlyList<string> Errors);
