namespace Publisher.Generator.Model;

/// <summary>A closing signature: <c>[Signature …:] Anatoly Lukyanov</c> → the bracketed label and the name.</summary>
internal sealed record SignatureSpec(string Label, string Name, int Line);
