using Publisher.Generator.Helpers;

namespace Publisher.Generator.Model;

/// <summary>One participant line: <c>Ambassador Matlock (NSC)</c> → title, name, marks.</summary>
internal sealed record ParticipantSpec(string Source, string? Title, string Name, EquatableArray<string> Marks, int Line);
