using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Publisher.Generator.Model;

/// <summary>A place in a seed, kept as plain values so the pipeline never holds a <see cref="Location"/>.</summary>
internal sealed record LocationInfo(string Path, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(Path, Span, LineSpan);
}
