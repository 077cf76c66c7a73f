namespace Publisher.Site.Model;

/// <summary>A participant line split into the title the source gives, the name and marks such as <c>NSC</c>.</summary>
public sealed record Participant(string Source, string? Title, string Name, IReadOnlyList<string> Marks, int Line)
{
    /// <summary>Footnote references glued to the end of the entry.</summary>
    public IReadOnlyList<Inline> Notes { get; init; } = [];
}
