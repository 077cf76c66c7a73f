using Publisher.Generator.Helpers;
using Publisher.Generator.Model;

namespace Publisher.Generator.Registry;

/// <summary>The whole registry after the checks across files (ids unique, forms claimed once).</summary>
internal sealed record RegistrySpec(
    EquatableArray<PersonSpec> Persons,
    EquatableArray<TermSpec> Terms,
    EquatableArray<EventSpec> Events,
    EquatableArray<DiagnosticInfo> Diagnostics);
