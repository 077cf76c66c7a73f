namespace Publisher.Site.Model;

public enum BlockKind
{
    Heading,
    Paragraph,
    PageBreak,
    EditorialNote,
}
