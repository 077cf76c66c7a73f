using Publisher.Generator.Helpers;
using Publisher.Generator.Model;

namespace Publisher.Generator.Registry;

/// <summary>The whole registry after the checks across files (ids unique, forms claimed once).</summary>
internal sealed record RegistrySpec(
    EquatableArray<PersonSpec> Persons,
    EquatableArray<TermSpec> Terms,
    EquatableArray<EventSpec> Events,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>
    /// Whether the seeds have a persons file. An edition without one has chosen not to keep a registry: its persons
    /// are derived from the documents without a warning for each.
    /// </summary>
    public bool HasPersons { get; init; }
}
