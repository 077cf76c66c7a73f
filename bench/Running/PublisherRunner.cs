using System.Globalization;
using System.Text.RegularExpressions;

namespace Publisher.Bench.Running;

/// <summary>
/// Runs Publisher's real pipeline on a seeds folder, the way <c>dotnet cake</c> does: compile (the source generator
/// parses the seeds), render and write the staging folder, Pagefind index, validate and publish. The compiler runs
/// out of process (no shared compiler server) so its memory is measured with the rest. Code analyzers are skipped
/// (<c>RunAnalyzers=false</c>; the source generator still runs): they check Publisher's own code, which the Test
/// target covers, and cost as much as the generator itself at 1,000 documents.
/// </summary>
internal sealed partial class PublisherRunner(BenchSettings settings, int documents)
{
    private string Seeds => settings.Folder(documents, "seeds");

    private string Bin => settings.Folder(documents, "bin") + Path.DirectorySeparatorChar;

    private string Obj => settings.Folder(documents, "obj") + Path.DirectorySeparatorChar;

    public string Output => settings.Folder(documents, "site");

    private string Staging => settings.Folder(documents, "site.staging");

    /// <summary>A full build: no compiler output and no published site from an earlier run.</summary>
    public PublisherBuild Full()
    {
        foreach (var folder in new[] { Bin, Obj, Output, Staging })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        return Build();
    }

    /// <summary>The same steps again after a seed changed: what an editor waits for.</summary>
    public PublisherBuild Build()
    {
        var phases = new List<Phase>();

        // The generator is built beforehand (the Cake target does it); MSBuild looks for it in the OutDir given here.
        Directory.CreateDirectory(Bin);
        var generator = Path.Combine(settings.Repository, "generator", "bin", settings.Configuration, "netstandard2.0", "Publisher.Generator.dll");
        if (!File.Exists(generator))
        {
            throw new BenchException($"{generator} is missing: build the generator first (dotnet build generator -c {settings.Configuration})");
        }

        File.Copy(generator, Path.Combine(Bin, "Publisher.Generator.dll"), overwrite: true);
        var compile = Measure(phases, "compile", ChildProcess.Run("dotnet", [
            "build", settings.SiteProject, "-c", settings.Configuration, "--no-restore", "--no-dependencies", "-nologo", "-v:q",
            "-nodeReuse:false", "-p:UseSharedCompilation=false", "-p:RunAnalyzers=false", $"-p:SeedsDirectory={Seeds}",
            $"-p:IntermediateOutputPath={Obj}", $"-p:OutDir={Bin}",
        ]));

        var site = Path.Combine(Bin, "Publisher.Site.dll");
        var render = ChildProcess.Run("dotnet", [site, "render", "--output", Output, "--staging", Staging]).EnsureSuccess();
        // Rendering writes each file into the staging folder as it is made: one phase, "render and write".
        phases.Add(new Phase("render and write", render.Seconds, render.PeakMegabytes));

        Measure(phases, "search index", ChildProcess.Run(settings.Pagefind, ["--site", Staging, "--quiet"]));

        var publish = ChildProcess.Run("dotnet", [site, "publish", "--output", Output, "--staging", Staging]).EnsureSuccess();
        var checkedLine = CheckedLine().Match(publish.Output);
        var published = PublishedLine().Match(publish.Output);
        if (!checkedLine.Success || !published.Success)
        {
            throw new BenchException($"Publisher.Site publish printed no timings:\n{publish.Output}");
        }

        var validateMs = Ms(checkedLine, 3);
        var syncMs = Ms(published, 1);
        phases.Add(new Phase("validate", (validateMs / 1000) + publish.Seconds - ((validateMs + syncMs) / 1000), publish.PeakMegabytes));
        phases.Add(new Phase("publish", syncMs / 1000, publish.PeakMegabytes));
        var links = int.Parse(checkedLine.Groups[1].Value, CultureInfo.InvariantCulture);
        var pages = int.Parse(checkedLine.Groups[2].Value, CultureInfo.InvariantCulture);
        var merged = phases.GroupBy(p => p.Name).Select(g => new Phase(g.Key, g.Sum(p => p.Seconds), g.Max(p => p.PeakMegabytes))).ToList();
        return new PublisherBuild(documents, pages, links, merged) { Seconds = compile.Seconds + render.Seconds + phases.Single(p => p.Name == "search index").Seconds + publish.Seconds };
    }

    /// <summary>Publisher's validator alone, timed as the publish step reports it.</summary>
    public static double ValidationSeconds(PublisherBuild build) => build.Phase("validate");

    private static ChildRun Measure(List<Phase> phases, string name, ChildRun run)
    {
        run.EnsureSuccess();
        phases.Add(new Phase(name, run.Seconds, run.PeakMegabytes));
        return run;
    }

    private static double Ms(Match match, int group) => double.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Checked (\d+) links on (\d+) pages in (\d+) ms")]
    private static partial Regex CheckedLine();

    [GeneratedRegex(@"removed in (\d+) ms")]
    private static partial Regex PublishedLine();
}
