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

    public static readonly DiagnosticDescriptor RegistrySyntax = new(
        "PUB020", "Registry line not understood", "{0}", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor RegistryMissingField = new(
        "PUB021", "Registry entry lacks a field", "this entry has no '{0}:' field; it is left out", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor RegistryDuplicateId = new(
        "PUB022", "Registry id used twice", "the id '{0}' is already used at line {1}; this entry is left out", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor RegistryAmbiguousForm = new(
        "PUB023", "Name form claimed twice", "the form '{0}' is claimed by both '{1}' and '{2}'; it resolves to '{1}'", Category, DiagnosticSeverity.Warning, true);

    public static readonly DiagnosticDescriptor UnresolvedSpeaker = new(
        "PUB024", "Speaker label resolves to nobody", "speaker label '{0}' matches no person of the registry; a person page '{1}' is derived from the document", Category, DiagnosticSeverity.Warning, true);

    public static readonly DiagnosticDescriptor UnresolvedPerson = new(
        "PUB025", "Person not in the registry", "{0} '{1}' matches no person of the registry; a person page '{2}' is derived from the document", Category, DiagnosticSeverity.Warning, true);

    public static readonly DiagnosticDescriptor DoubtfulLabel = new(
        "PUB026", "Doubtful name form", "'{0}' is kept as the source writes it and attributed to '{1}' with doubt: {2}", Category, DiagnosticSeverity.Info, true);

    public static readonly DiagnosticDescriptor RegistryBadValue = new(
        "PUB027", "Registry value not valid", "'{0}' is not a valid {1}: {2}", Category, DiagnosticSeverity.Error, true);

    public static readonly DiagnosticDescriptor RegistryUnknownField = new(
        "PUB028", "Unknown registry field", "'{0}' is not a field of {1} entries; it is ignored (fields: {2})", Category, DiagnosticSeverity.Warning, true);
}
