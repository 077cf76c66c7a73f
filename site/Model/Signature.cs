namespace Publisher.Site.Model;

/// <summary>A closing signature: the bracketed label the editors supplied, and the name.</summary>
public sealed record Signature(string Label, string Name, int Line);
