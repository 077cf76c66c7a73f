namespace Publisher.Generator.Registry;

/// <summary>
/// How one name form of a document's header or speaker labels resolved: <see cref="Kind"/> is <c>speaker</c>,
/// <c>chair</c>, <c>attendee</c> or <c>participant</c>; <see cref="Doubt"/> carries the editors' note when the
/// registry attributes the form with doubt.
/// </summary>
internal sealed record ResolutionSpec(string Document, string Kind, string Source, string Person, string? Doubt);
