using Publisher.Fuzz;
using SharpFuzz;

// Fuzzes the seed parser.
//   under AFL (afl-fuzz sets __AFL_SHM_ID; see README "Fuzzing"):  SharpFuzz's out-of-process loop
//   otherwise:  Publisher.Fuzz [--seconds N] [--corpus DIR] [--findings DIR] [--seed N]
//               an in-process mutation loop for N seconds (default 60); exit code 1 when an input made the parser throw
if (Environment.GetEnvironmentVariable("__AFL_SHM_ID") is not null)
{
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        ParserTarget.Run(memory.ToArray());
    });
    return 0;
}

var options = args.Select((a, i) => (a, i)).Where(p => p.a.StartsWith("--", StringComparison.Ordinal) && p.i + 1 < args.Length)
    .ToDictionary(p => p.a[2..], p => args[p.i + 1], StringComparer.OrdinalIgnoreCase);
var seconds = int.Parse(options.GetValueOrDefault("seconds", "60"), System.Globalization.CultureInfo.InvariantCulture);
var corpusFolder = options.GetValueOrDefault("corpus", "seeds");
var findings = options.GetValueOrDefault("findings", Path.Combine("artifacts", "fuzz"));
var seed = int.Parse(options.GetValueOrDefault("seed", Environment.TickCount.ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture);

var corpus = Directory.Exists(corpusFolder)
    ? Directory.EnumerateFiles(corpusFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList()
    : [];
corpus.Add([]);

var loop = new MutationLoop(corpus, findings, seed);
loop.Run(TimeSpan.FromSeconds(seconds));
Console.WriteLine($"Fuzzed the seed parser for {seconds} s (seed {seed}): {loop.Executions} inputs from {corpus.Count - 1} corpus files, {loop.Crashes} crash(es){(loop.Crashes > 0 ? " saved in " + findings : string.Empty)}.");
return loop.Crashes > 0 ? 1 : 0;
