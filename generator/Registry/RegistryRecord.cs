using System.Collections.Generic;
using System.Linq;
using Publisher.Generator.Helpers;

namespace Publisher.Generator.Registry;

/// <summary>One record of a registry file: the fields between two blank lines, in order.</summary>
internal sealed record RegistryRecord(EquatableArray<RegistryField> Fields, int Line)
{
    public string? First(string name) => Fields.FirstOrDefault(f => f.Is(name))?.Value;

    public IEnumerable<string> All(string name) => Fields.Where(f => f.Is(name)).Select(f => f.Value);

    public int LineOf(string name) => Fields.FirstOrDefault(f => f.Is(name))?.Line ?? Line;
}
