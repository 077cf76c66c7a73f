namespace Publisher.Generator.Model;

/// <summary>One run of a paragraph. <see cref="Text"/> is the run's text, the note or page number, as written.</summary>
internal sealed record InlineSpec(InlineKind Kind, string Text)
{
    /// <summary>For editorial notes: the bracket that opened it, <c>[</c> or <c>(</c>.</summary>
    public string? Bracket { get; init; }
}
