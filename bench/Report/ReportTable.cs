using System.Globalization;
using System.Text;
using Publisher.Bench.Running;

namespace Publisher.Bench.Report;

/// <summary>The report as a plain-text table for the console (and the README).</summary>
internal static class ReportTable
{
    private static readonly string[] PhaseNames = ["compile", "render and write", "search index", "validate", "publish"];

    public static string Format(BenchReport report)
    {
        var text = new StringBuilder();
        Line(text, $"Publisher benchmark: {report.Documents} documents ({report.CorpusMegabytes:0.0} MB of seeds, seed {report.Seed})");
        Line(text, $"machine: {report.Machine}");
        Line(text, string.Empty);
        Line(text, $"{"phase",-22}{Header(report.Subset)}{Header(report.Full)}{"rebuild (1 seed)",18}");
        foreach (var phase in PhaseNames)
        {
            Line(text, $"{phase,-22}{Seconds(report.Subset.Phase(phase))}{Seconds(report.Full.Phase(phase))}{Seconds(report.Rebuild.Phase(phase))}");
        }

        Line(text, $"{"total",-22}{Seconds(report.Subset.Seconds)}{Seconds(report.Full.Seconds)}{Seconds(report.Rebuild.Seconds)}");
        Line(text, $"{"pages",-22}{report.Subset.Pages,18}{report.Full.Pages,18}{report.Rebuild.Pages,18}");
        Line(text, $"{"pages per second",-22}{report.Subset.PagesPerSecond,18:0}{report.Full.PagesPerSecond,18:0}{report.Rebuild.PagesPerSecond,18:0}");
        Line(text, $"{"ms per document",-22}{report.Subset.MillisecondsPerDocument,18:0.00}{report.Full.MillisecondsPerDocument,18:0.00}{report.Rebuild.MillisecondsPerDocument,18:0.00}");
        Line(text, $"{"peak memory (MB)",-22}{report.Subset.PeakMegabytes,18:0}{report.Full.PeakMegabytes,18:0}{report.Rebuild.PeakMegabytes,18:0}");
        Line(text, string.Empty);
        Line(text, $"Hugo {report.Hugo.Version}: {report.Hugo.Documents} documents, {report.Hugo.Pages} pages in {report.Hugo.Seconds:0.00} s, peak {report.Hugo.PeakMegabytes:0} MB");
        Line(text, $"Pagefind alone (the search index phase of the full build): {report.Full.Phase("search index"):0.00} s = {report.Full.Phase("search index") / report.Hugo.Seconds:0.00}× Hugo's whole build");
        Line(text, $"linkchecker (document pages of the {report.Subset.Documents}-document site, -r 1): {report.Linkchecker.Pages} pages, {report.Linkchecker.Links} links, {report.Linkchecker.Errors} errors in {report.Linkchecker.Seconds:0.00} s = {report.Linkchecker.MillisecondsPerPage:0.00} ms/page");
        Line(text, $"Publisher's validator, every page of the same site ({report.Subset.Pages} pages): {report.Subset.Phase("validate"):0.00} s = {report.ValidatorMillisecondsPerPage:0.00} ms/page ({report.Subset.Links} links)");
        Line(text, string.Empty);
        foreach (var goal in report.Goals)
        {
            Line(text, $"{(goal.Met ? "met    " : "NOT met")}  {goal.Name}: {goal.Measured} (goal {goal.Target})");
        }

        if (report.Note.Length > 0)
        {
            Line(text, string.Empty);
            Line(text, report.Note);
        }

        return text.ToString();
    }

    private static string Header(PublisherBuild build) => $"{build.Documents.ToString("N0", CultureInfo.InvariantCulture) + " docs",18}";

    private static string Seconds(double seconds) => $"{seconds.ToString("0.00", CultureInfo.InvariantCulture) + " s",18}";

    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');
}
