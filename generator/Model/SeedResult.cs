using Publisher.Generator.Helpers;

namespace Publisher.Generator.Model;

/// <summary>The outcome of parsing one seed: a document (null when it could not be read) and its diagnostics.</summary>
internal sealed record SeedResult(DocumentSpec? Document, EquatableArray<DiagnosticInfo> Diagnostics);
