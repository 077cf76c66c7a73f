using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Publisher.Site.Serving;

/// <summary>
/// One rebuild of the preview, the way <c>dotnet cake</c> builds: the seeds are compiled in by the source generator, so
/// a seed change recompiles the site (in the preview's own configuration), then the freshly built site tool renders,
/// Pagefind indexes, and the tool validates and publishes. A failed step leaves the served folder as it was.
/// </summary>
public sealed partial class PreviewBuilder
{
    private readonly PreviewOptions _options;
    private readonly string _workingDirectory;
    private bool _compiled;

    public PreviewBuilder(PreviewOptions options)
    {
        _options = options;
        _workingDirectory = Path.GetDirectoryName(Path.GetFullPath(options.Project))!;
    }

    private string SiteDll => Path.Combine(_workingDirectory, "bin", _options.Configuration, "net10.0", "Publisher.Site.dll");

    private string Staging => Path.GetFullPath(_options.Output) + ".preview-staging";

    /// <summary>Rebuilds; prints diagnostics and timings to the terminal; returns the diagnostics when it failed.</summary>
    public IReadOnlyList<string> Build(bool compile)
    {
        var clock = Stopwatch.StartNew();
        var compileTime = TimeSpan.Zero;
        if (compile)
        {
            List<string> arguments = ["build", _options.Project, "-c", _options.Configuration, $"-p:SeedsDirectory={_options.Seeds}", "-nologo", "-v:q", "-clp:NoSummary"];
            if (_compiled)
            {
                // After the first good compile only the seeds change: skip the restore and the generator project's checks.
                arguments.AddRange(["--no-restore", "-p:BuildProjectReferences=false"]);
            }

            var run = ToolRun.Start("dotnet", arguments, _workingDirectory);
            compileTime = clock.Elapsed;
            var diagnostics = run.Lines.Where(l => Diagnostic().IsMatch(l)).Select(Clean).Distinct(StringComparer.Ordinal).ToList();
            foreach (var line in diagnostics)
            {
                Console.WriteLine(line);
            }

            _compiled |= run.ExitCode == 0;
            if (run.ExitCode != 0)
            {
                return diagnostics.Count > 0 ? diagnostics.Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList() : Tail(run);
            }
        }

        var steps = new List<(string File, string[] Arguments)>
        {
            ("dotnet", [SiteDll, "render", "--staging", Staging, "--output", _options.Output, "--base-url", _options.BaseUrl, "--templates", _options.Templates]),
        };
        if (_options.Pagefind is { } pagefind)
        {
            steps.Add((pagefind, ["--site", Staging, "--quiet"]));
        }

        steps.Add(("dotnet", [SiteDll, "publish", "--staging", Staging, "--output", _options.Output, "--base-url", _options.BaseUrl]));
        foreach (var (file, arguments) in steps)
        {
            var run = ToolRun.Start(file, arguments, _workingDirectory);
            if (run.ExitCode != 0)
            {
                var failure = Tail(run);
                foreach (var line in failure)
                {
                    Console.WriteLine(line);
                }

                return failure;
            }
        }

        Console.WriteLine(compile
            ? $"Rebuilt in {clock.Elapsed.TotalSeconds:0.0} s (compile {compileTime.TotalSeconds:0.0} s, render and publish {(clock.Elapsed - compileTime).TotalSeconds:0.0} s)."
            : $"Re-rendered in {clock.Elapsed.TotalSeconds:0.0} s (templates only, no compile).");
        return [];
    }

    private static List<string> Tail(ToolRun run) => run.Lines.Where(l => l.Trim().Length > 0).TakeLast(20).ToList();

    /// <summary>MSBuild appends the project in brackets; the overlay needs only file, line, id and message.</summary>
    private static string Clean(string line) => ProjectSuffix().Replace(line.Trim(), string.Empty);

    [GeneratedRegex(@":\s(error|warning)\s[A-Z]+\d+:")]
    private static partial Regex Diagnostic();

    [GeneratedRegex(@"\s\[[^\]]+\.csproj\]$")]
    private static partial Regex ProjectSuffix();
}
