namespace Publisher.Bench.Report;

/// <summary>Hugo's full build of the same documents.</summary>
public sealed record HugoResult(int Documents, int Pages, double Seconds, double PeakMegabytes, string Version);
