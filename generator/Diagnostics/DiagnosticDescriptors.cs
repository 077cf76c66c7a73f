using Microsoft.CodeAnalysis;

namespace Publisher.Generator.Diagnostics;

/// <summary>Every diagnostic Publisher reports about seeds. IDs are stable: never reuse or renumber one.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Publisher";

    public static readonly DiagnosticDescriptor UnreadableSeed = new(
        "PUB001", "Seed cannot be read", "Seed '{0}' cannot be read: {1}", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor FootnoteWithoutNote = new(
        "PUB002", "Footnote reference without a note", "footnote reference {0} has no note at the end of the document", Category, DiagnosticSeverity.Warning, true);

    public static readonly DiagnosticDescriptor FootnoteNeverReferenced = new(
        "PUB003", "Footnote never referenced", "footnote {0} is never referenced", Category, DiagnosticSeverity.Warning, true);

    public static readonly DiagnosticDescriptor UnbalancedBracket = new(
        "PUB004", "Unbalanced bracket", "'{0}' has no matching '{1}' in this paragraph; kept as text", Category, DiagnosticSeverity.Warning, true);

    public static readonly DiagnosticDescriptor PageNotIncreasing = new(
        "PUB005", "Page numbers not increasing", "page {0} follows page {1}: page numbers should increase", Category, DiagnosticSeverity.Warning, true);

    public static readonly DiagnosticDescriptor NoDate = new(
        "PUB006", "No date found", "no date found in the document's header; it is listed without a date", Category, DiagnosticSeverity.Warning, true);

    public static readonly DiagnosticDescriptor GenreNotRecognised = new(
        "PUB007", "Genre not recognised", "neither a memorandum of conversation nor session notes; kept as plain paragraphs", Category, DiagnosticSeverity.Warning, true);

    public static readonly DiagnosticDescriptor EmptyDocument = new(
        "PUB008", "Empty document", "Seed '{0}' holds no text", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor DuplicateId = new(
        "PUB009", "Two documents with the same id", "Seeds '{0}' and '{1}' both give the document id '{2}'; rename one", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor ParagraphRejoined = new(
        "PUB010", "Paragraph rejoined", "paragraph split by a page break of the original rejoined here", Category, DiagnosticSeverity.Info, true);

    public static readonly DiagnosticDescriptor ParserFailure = new(
        "PUB011", "Parser failure", "Seed '{0}' could not be parsed: {1}", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor SpeakerNotAttending = new(
        "PUB012", "Speaker not in the attendance list", "speaker '{0}' matches no one in the attendance list or the chair; kept as written", Category, DiagnosticSeverity.Info, true);
}
