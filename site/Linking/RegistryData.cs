namespace Publisher.Site.Linking;

/// <summary>The generator's linked registry: persons (registry and derived), terms, events, resolved names.</summary>
public sealed record RegistryData
{
    public IReadOnlyList<PersonRecord> Persons { get; init; } = [];

    public IReadOnlyList<TermRecord> Terms { get; init; } = [];

    public IReadOnlyList<EventRecord> Events { get; init; } = [];

    public IReadOnlyList<ResolutionRecord> Resolutions { get; init; } = [];
}
