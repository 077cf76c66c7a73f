namespace Publisher.Site.Model;

/// <summary>The kind of document, as the generator told it from the text's structure.</summary>
public enum Genre
{
    Unknown,
    Memorandum,
    SessionNotes,
}
