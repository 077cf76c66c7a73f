namespace Publisher.Site.Model;

/// <summary>One delegation, with the heading the source gives it, if any.</summary>
public sealed record ParticipantGroup(string? Heading, IReadOnlyList<Participant> Participants);
