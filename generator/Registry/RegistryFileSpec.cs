using Publisher.Generator.Helpers;
using Publisher.Generator.Model;

namespace Publisher.Generator.Registry;

/// <summary>What one registry file gave: its entries and the problems found in it.</summary>
internal sealed record RegistryFileSpec(
    EquatableArray<PersonSpec> Persons,
    EquatableArray<TermSpec> Terms,
    EquatableArray<EventSpec> Events,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>Whether this is the persons file: without one, persons are derived from the documents silently.</summary>
    public bool IsPersonsFile { get; init; }
}
