using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Publisher.Generator.Helpers;
using Publisher.Generator.Model;

namespace Publisher.Generator.Parsing;

/// <summary>Collects a seed's diagnostics with their line and column, so every problem of a seed is reported in one pass.</summary>
internal sealed class DiagnosticSink
{
    private readonly string _path;
    private readonly IReadOnlyList<SeedLine> _lines;
    private readonly List<DiagnosticInfo> _items = new();

    public DiagnosticSink(string path, IReadOnlyList<SeedLine> lines)
    {
        _path = path;
        _lines = lines;
    }

    public IReadOnlyList<DiagnosticInfo> Items => _items;

    /// <summary>Reports at a 1-based line and 0-based column, spanning <paramref name="length"/> characters.</summary>
    public void Report(DiagnosticDescriptor descriptor, int line, int column, int length, params string[] arguments)
    {
        var start = line >= 1 && line <= _lines.Count ? _lines[line - 1].Start + column : 0;
        var location = new LocationInfo(
            _path,
            new TextSpan(start, length),
            new LinePositionSpan(new LinePosition(line - 1, column), new LinePosition(line - 1, column + length)));
        _items.Add(new DiagnosticInfo(descriptor, location, arguments.ToEquatableArray()));
    }

    public static DiagnosticInfo AtFile(DiagnosticDescriptor descriptor, string path, params string[] arguments) =>
        new(descriptor, new LocationInfo(path, default, default), arguments.ToEquatableArray());
}
