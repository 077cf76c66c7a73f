namespace Publisher.Bench.Running;

/// <summary>A Publisher build of the corpus, phase by phase; processes' start-up is counted in their phase.</summary>
public sealed record PublisherBuild(int Documents, int Pages, int Links, IReadOnlyList<Phase> Phases)
{
    /// <summary>Wall time of the whole build: every child process, start-up included.</summary>
    public double Seconds { get; init; }

    public double PeakMegabytes => Phases.Max(p => p.PeakMegabytes);

    public double PagesPerSecond => Pages / Seconds;

    public double MillisecondsPerDocument => Seconds * 1000 / Documents;

    public double Phase(string name) => Phases.Where(p => p.Name == name).Sum(p => p.Seconds);
}
