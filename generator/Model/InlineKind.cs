namespace Publisher.Generator.Model;

internal enum InlineKind
{
    /// <summary>Running text, with the seed's light Markdown left in place.</summary>
    Text,

    /// <summary>A footnote number glued to a word or punctuation.</summary>
    FootnoteRef,

    /// <summary>A printed page boundary, <c>[Page 1041]</c>.</summary>
    PageBreak,

    /// <summary>Words the editors supplied in square brackets.</summary>
    Supplied,

    /// <summary>An editorial note, <c>[NOTE: …]</c> or <c>(NOTE: …)</c>; the text keeps its opening word.</summary>
    EditorialNote,

    /// <summary>Where a paragraph the source split across a page break was joined again.</summary>
    Join,
}
