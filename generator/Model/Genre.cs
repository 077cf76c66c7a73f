namespace Publisher.Generator.Model;

/// <summary>The kind of document, told from the text's structure.</summary>
internal enum Genre
{
    /// <summary>Neither structure was recognised; the text is kept as plain paragraphs.</summary>
    Unknown,

    /// <summary>A State Department memorandum of conversation (FRUS style).</summary>
    Memorandum,

    /// <summary>Working notes of a session with speaker turns (Politburo style).</summary>
    SessionNotes,
}
