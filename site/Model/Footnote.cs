namespace Publisher.Site.Model;

public sealed record Footnote(int Number, IReadOnlyList<Inline> Inlines, int Line);
