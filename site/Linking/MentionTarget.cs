namespace Publisher.Site.Linking;

/// <summary>What a form of the running text names: a person, a term (one or several senses) or an event.</summary>
public sealed record MentionTarget(MentionKind Kind, string Form, PersonRecord? Person, IReadOnlyList<TermRecord> Senses, EventRecord? Event);
