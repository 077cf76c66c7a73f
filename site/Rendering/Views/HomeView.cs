namespace Publisher.Site.Rendering.Views;

public sealed record HomeView(string Title, TrustedHtml Introduction, IReadOnlyList<DocumentLink> Documents);
