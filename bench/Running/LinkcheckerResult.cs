namespace Publisher.Bench.Running;

/// <summary>linkchecker's run over a site: HTML pages in it, links it checked, errors it found, time and memory.</summary>
public sealed record LinkcheckerResult(int Pages, int Links, int Errors, double Seconds, double PeakMegabytes)
{
    public double MillisecondsPerPage => Seconds * 1000 / Pages;
}
