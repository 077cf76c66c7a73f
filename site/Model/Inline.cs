namespace Publisher.Site.Model;

/// <summary>One run of a paragraph: text (light Markdown kept), a footnote reference, a page break, supplied words, a note.</summary>
public sealed record Inline(InlineKind Kind, string Text)
{
    /// <summary>For editorial notes: the bracket that opened it, <c>[</c> or <c>(</c>.</summary>
    public string? Bracket { get; init; }
}
