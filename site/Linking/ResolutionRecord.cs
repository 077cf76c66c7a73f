namespace Publisher.Site.Linking;

/// <summary>A name form of a document (<see cref="Kind"/>: speaker, chair, attendee, participant…) and its person.</summary>
public sealed record ResolutionRecord(string Document, string Kind, string Source, string Person)
{
    /// <summary>The editors' note when the form is attributed with doubt.</summary>
    public string? Doubt { get; init; }
}
