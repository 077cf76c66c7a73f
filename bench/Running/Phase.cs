namespace Publisher.Bench.Running;

/// <summary>One measured phase of a build: seconds of wall time and the peak memory of the process that ran it.</summary>
public sealed record Phase(string Name, double Seconds, double PeakMegabytes);
