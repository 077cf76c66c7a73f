using Publisher.Generator.Helpers;

namespace Publisher.Generator.Model;

/// <summary>
/// A block of the document body. Paragraphs of one speaker turn share <see cref="Turn"/> (0 = no speaker);
/// the first of them carries the <see cref="Speaker"/> label as written, without its full stop.
/// </summary>
internal sealed record BlockSpec(BlockKind Kind, string Id, EquatableArray<InlineSpec> Inlines, int Line)
{
    public string? Speaker { get; init; }

    public int Turn { get; init; }
}
