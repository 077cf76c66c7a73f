namespace Publisher.Site.Model;

public enum InlineKind
{
    Text,
    FootnoteRef,
    PageBreak,
    Supplied,
    EditorialNote,
    Join,
}
