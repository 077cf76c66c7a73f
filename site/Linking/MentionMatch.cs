namespace Publisher.Site.Linking;

/// <summary>One occurrence of a known form in a run of text.</summary>
public sealed record MentionMatch(int Start, int Length, MentionTarget Target);
