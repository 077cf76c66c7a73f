namespace Publisher.Site.Linking;

/// <summary>A source form attributed with doubt, and the editors' note saying why.</summary>
public sealed record DoubtfulLabel(string Label, string Note);
