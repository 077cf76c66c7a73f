namespace Publisher.Generator.Model;

internal enum BlockKind
{
    Heading,
    Paragraph,
    PageBreak,
    EditorialNote,
}
