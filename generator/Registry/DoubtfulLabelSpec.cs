namespace Publisher.Generator.Registry;

/// <summary>A form a source uses that the editors attribute with doubt (<c>GORBACHEVA</c>), with their note.</summary>
internal sealed record DoubtfulLabelSpec(string Label, string Note);
