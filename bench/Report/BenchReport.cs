using Publisher.Bench.Running;

namespace Publisher.Bench.Report;

/// <summary>Everything one benchmark run measured, as written to bench.json.</summary>
public sealed record BenchReport(
    string Command,
    string Machine,
    int Seed,
    int Documents,
    double CorpusMegabytes,
    PublisherBuild Full,
    PublisherBuild Rebuild,
    PublisherBuild Subset,
    HugoResult Hugo,
    LinkcheckerResult Linkchecker,
    IReadOnlyList<Goal> Goals)
{
    public string Note { get; init; } = string.Empty;

    public double ValidatorMillisecondsPerPage => Subset.Phase("validate") * 1000 / Subset.Pages;

    public static IReadOnlyList<Goal> Judge(PublisherBuild full, PublisherBuild rebuild, PublisherBuild subset, HugoResult hugo, LinkcheckerResult linkchecker)
    {
        var validatorPerPage = subset.Phase("validate") * 1000 / subset.Pages;
        var flat = full.MillisecondsPerDocument / subset.MillisecondsPerDocument;
        return
        [
            new("full build ≤ 2× Hugo", "≤ 2.00×", $"{full.Seconds / hugo.Seconds:0.00}× ({full.Seconds:0.0} s vs {hugo.Seconds:0.0} s)", full.Seconds <= 2 * hugo.Seconds),
            new("one-seed rebuild ≤ 0.5× Hugo's full build", "≤ 0.50×", $"{rebuild.Seconds / hugo.Seconds:0.00}× ({rebuild.Seconds:0.0} s)", rebuild.Seconds <= 0.5 * hugo.Seconds),
            new("validation ≥ 10× faster than linkchecker per page", "≥ 10×", $"{linkchecker.MillisecondsPerPage / validatorPerPage:0.0}× ({validatorPerPage:0.00} vs {linkchecker.MillisecondsPerPage:0.00} ms/page)", linkchecker.MillisecondsPerPage >= 10 * validatorPerPage),
            new("peak memory ≤ 2 GB", "≤ 2048 MB", $"{Math.Max(full.PeakMegabytes, rebuild.PeakMegabytes):0} MB", Math.Max(full.PeakMegabytes, rebuild.PeakMegabytes) <= 2048),
            new("time per document flat (10k vs 1k)", "≤ 1.25×", $"{flat:0.00}× ({full.MillisecondsPerDocument:0.00} vs {subset.MillisecondsPerDocument:0.00} ms/doc)", flat <= 1.25),
        ];
    }
}
