using Publisher.Generator.Helpers;

namespace Publisher.Generator.Model;

/// <summary>The whole edition after the cross-document checks.</summary>
internal sealed record EditionSpec(EquatableArray<DocumentSpec> Documents, EquatableArray<DiagnosticInfo> Diagnostics);
