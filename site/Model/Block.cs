namespace Publisher.Site.Model;

/// <summary>
/// A block of the body. Paragraphs of one speaker turn share <see cref="Turn"/> (0 = no speaker); the first carries
/// the <see cref="Speaker"/> label as written, without its full stop.
/// </summary>
public sealed record Block(BlockKind Kind, string Id, IReadOnlyList<Inline> Inlines, int Line)
{
    public string? Speaker { get; init; }

    public int Turn { get; init; }
}
