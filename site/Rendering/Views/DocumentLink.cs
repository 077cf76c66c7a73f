namespace Publisher.Site.Rendering.Views;

/// <summary>A document as lists show it: title, number, date as written for readers, and its page's href.</summary>
public sealed record DocumentLink(string Title, string? Number, string? Date, string? IsoDate, string Genre, string Href);
