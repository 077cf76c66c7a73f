using Microsoft.CodeAnalysis;
using Publisher.Generator.Helpers;

namespace Publisher.Generator.Model;

/// <summary>A diagnostic waiting to be reported; equatable so a cached parse re-reports the same one.</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(Descriptor, Location?.ToLocation(), System.Linq.Enumerable.ToArray<object?>(Arguments));
}
