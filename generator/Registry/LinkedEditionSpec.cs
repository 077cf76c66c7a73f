using Publisher.Generator.Helpers;
using Publisher.Generator.Model;

namespace Publisher.Generator.Registry;

/// <summary>The registry with the persons derived from documents added, and every document's names resolved.</summary>
internal sealed record LinkedEditionSpec(
    RegistrySpec Registry,
    EquatableArray<PersonSpec> Persons,
    EquatableArray<ResolutionSpec> Resolutions,
    EquatableArray<DiagnosticInfo> Diagnostics);
