using System.Collections.Generic;

namespace Publisher.Generator.Parsing;

/// <summary>What the parse of one seed shares between its parts: diagnostics, declared notes, the last page seen.</summary>
internal sealed class ParseContext
{
    public ParseContext(DiagnosticSink diagnostics) => Diagnostics = diagnostics;

    public DiagnosticSink Diagnostics { get; }

    /// <summary>Numbers of the footnotes declared at the end of the document.</summary>
    public HashSet<int> DeclaredNotes { get; } = new();

    /// <summary>Numbers of the footnotes referenced so far.</summary>
    public HashSet<int> ReferencedNotes { get; } = new();

    public int? LastPage { get; set; }

    public int? LastPageLine { get; set; }
}
