using System.Globalization;
using System.Text.Json;
using Publisher.Bench.Corpus;
using Publisher.Bench.Hugo;
using Publisher.Bench.Report;
using Publisher.Bench.Running;

// Publisher.Bench: builds a deterministic synthetic edition with Publisher and with Hugo in the same run, checks the
// links of a 1,000-document build with linkchecker and with Publisher's validator, prints a table, writes JSON.
//   --docs N (10000)  --subset N (1000)  --linkcheck-pages N (100)  --repository DIR (.)  --work DIR (artifacts/bench)  --report FILE
var options = Arguments(args);
var documents = int.Parse(options.GetValueOrDefault("docs", "10000"), CultureInfo.InvariantCulture);
var sample = int.Parse(options.GetValueOrDefault("linkcheck-pages", "100"), CultureInfo.InvariantCulture);
var subset = Math.Min(documents, int.Parse(options.GetValueOrDefault("subset", "1000"), CultureInfo.InvariantCulture));
var repository = Path.GetFullPath(options.GetValueOrDefault("repository", "."));
var work = Path.GetFullPath(options.GetValueOrDefault("work", Path.Combine(repository, "artifacts", "bench")));
var settings = new BenchSettings(documents, subset, repository, work, Path.GetFullPath(options.GetValueOrDefault("report", Path.Combine(work, "bench.json"))), options.GetValueOrDefault("configuration", "Release"));

var missing = Prerequisites.Missing(settings);
if (missing.Count > 0)
{
    Console.Error.WriteLine("error: the benchmark needs programs that are missing:");
    foreach (var what in missing)
    {
        Console.Error.WriteLine($"  - {what}");
    }

    return 2;
}

try
{
    Console.WriteLine($"Generating {documents} documents (seed {CorpusGenerator.Seed}) …");
    var corpus = CorpusGenerator.Documents(documents);
    var bytes = CorpusGenerator.WriteSeeds(settings.Folder(documents, "seeds"), corpus);
    HugoProjectWriter.Write(settings.Folder(documents, "hugo"), corpus);

    Console.WriteLine("Publisher: full build …");
    var runner = new PublisherRunner(settings, documents);
    var full = runner.Full();
    Console.WriteLine($"  {full.Seconds:0.0} s");

    var edited = corpus[(documents / 2) & ~1];
    var seedPath = Path.Combine(settings.Folder(documents, "seeds"), edited.FileName);
    File.WriteAllText(seedPath, edited.Seed.Replace("[NOTE:", "The benchmark added this paragraph to one seed.\n\n[NOTE:", StringComparison.Ordinal));
    Console.WriteLine($"Publisher: rebuild after editing {edited.FileName} …");
    var rebuild = runner.Build();
    Console.WriteLine($"  {rebuild.Seconds:0.0} s");

    Console.WriteLine("Hugo: full build …");
    var hugoRun = HugoRunner.Build(settings.Folder(documents, "hugo"), settings.Folder(documents, "hugo-public"), settings.Folder(documents, "hugo-cache"));
    var hugoPages = Directory.EnumerateFiles(settings.Folder(documents, "hugo-public"), "*.html", SearchOption.AllDirectories).Count();
    var version = ChildProcess.Run(HugoRunner.Hugo, ["version"]).Output.Split(' ').ElementAtOrDefault(1) ?? "?";
    var hugo = new HugoResult(documents, hugoPages, hugoRun.Seconds, hugoRun.PeakMegabytes, version);
    Console.WriteLine($"  {hugo.Seconds:0.0} s");

    var subsetBuild = full;
    var subsetRunner = runner;
    if (subset < documents)
    {
        Console.WriteLine($"Publisher: full build of the first {subset} documents …");
        CorpusGenerator.WriteSeeds(settings.Folder(subset, "seeds"), corpus.Take(subset).ToList());
        subsetRunner = new PublisherRunner(settings, subset);
        subsetBuild = subsetRunner.Full();
        Console.WriteLine($"  {subsetBuild.Seconds:0.0} s");
    }

    Console.WriteLine($"linkchecker: {sample} document pages of the {subset}-document site …");
    var linkchecker = LinkcheckerRunner.Check(subsetRunner.Output, settings.Folder(subset, "linkchecker"), sample);
    Console.WriteLine($"  {linkchecker.Seconds:0.0} s");

    var report = new BenchReport(
        $"dotnet cake --target=Bench --docs={documents}",
        Machine(),
        CorpusGenerator.Seed,
        documents,
        bytes / 1024.0 / 1024.0,
        full,
        rebuild,
        subsetBuild,
        hugo,
        linkchecker,
        BenchReport.Judge(full, rebuild, subsetBuild, hugo, linkchecker))
    {
        Note = "Wall-clock times on a shared virtual machine: whatever else runs on its 2 cores (and on its host) makes every figure, Hugo's too, noisy; compare ratios within one run. Compile skips code analyzers (RunAnalyzers=false); the source generator runs.",
    };

    Console.WriteLine();
    Console.Write(ReportTable.Format(report));
    Directory.CreateDirectory(Path.GetDirectoryName(settings.Report)!);
    File.WriteAllText(settings.Report, JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase }));
    Console.WriteLine($"\nWrote {settings.Report}");
    return 0;
}
catch (BenchException exception)
{
    Console.Error.WriteLine($"error: {exception.Message}");
    return 1;
}

static Dictionary<string, string> Arguments(string[] args)
{
    var options = new Dictionary<string, string>(StringComparer.Ordinal);
    for (var i = 0; i + 1 < args.Length; i += 2)
    {
        options[args[i].TrimStart('-')] = args[i + 1];
    }

    return options;
}

static string Machine()
{
    var cpu = File.Exists("/proc/cpuinfo")
        ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
        : null;
    var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1024.0 / 1024 / 1024;
    return $"{Environment.ProcessorCount} cores ({cpu ?? "unknown CPU"}), {memory:0} GB RAM, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";
}
