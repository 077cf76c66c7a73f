using Publisher.Generator.Helpers;

namespace Publisher.Generator.Model;

/// <summary>One delegation of a memorandum's participants, with its heading where the source has one.</summary>
internal sealed record ParticipantGroupSpec(string? Heading, EquatableArray<ParticipantSpec> Participants);
