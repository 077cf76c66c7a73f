namespace Publisher.Bench.Report;

/// <summary>One of the goals, its limit and the measured value, and whether it was met.</summary>
public sealed record Goal(string Name, string Target, string Measured, bool Met);
