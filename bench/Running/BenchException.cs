namespace Publisher.Bench.Running;

/// <summary>A benchmark step that could not run; the message says which and why.</summary>
public sealed class BenchException(string message) : Exception(message);
