using Publisher.Generator.Helpers;

namespace Publisher.Generator.Model;

/// <summary>One participant line: <c>Ambassador Matlock (NSC)</c> → title, name, marks.</summary>
internal sealed record ParticipantSpec(string Source, string? Title, string Name, EquatableArray<string> Marks, int Line)
{
    /// <summary>Footnote references glued to the end of the entry (<c>Bruce Burton (SOV)2</c>).</summary>
    public EquatableArray<InlineSpec> Notes { get; init; } = EquatableArray<InlineSpec>.Empty;
}
