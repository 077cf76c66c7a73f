using System;

namespace Publisher.Generator.Registry;

/// <summary>One <c>Name: value</c> field of a registry record, with the line it starts on.</summary>
internal sealed record RegistryField(string Name, string Value, int Line)
{
    public bool Is(string name) => string.Equals(Name, name, StringComparison.OrdinalIgnoreCase);
}
