namespace Publisher.Generator.Model;

/// <summary>The generated code of one document, with the seed's path and the class it declares.</summary>
internal sealed record EmittedDocument(string Path, string ClassName, string Source);
