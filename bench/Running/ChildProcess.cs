using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Publisher.Bench.Running;

/// <summary>
/// Runs a command under GNU time (<c>/usr/bin/time -v</c>), which reports the peak resident set size of the
/// largest process in the child's tree once it has been waited for; wall time is measured here.
/// </summary>
internal static partial class ChildProcess
{
    public const string Time = "/usr/bin/time";

    public static ChildRun Run(string file, IEnumerable<string> arguments, string? workingDirectory = null, IDictionary<string, string>? environment = null)
    {
        var report = Path.GetTempFileName();
        var start = new ProcessStartInfo(Time)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        var all = new List<string> { "-v", "-o", report, file };
        all.AddRange(arguments);
        foreach (var argument in all)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new BenchException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        var text = File.Exists(report) ? File.ReadAllText(report) : string.Empty;
        File.Delete(report);
        var peak = MaxResident().Match(text) is { Success: true } match ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) * 1024 : 0;
        var command = file + " " + string.Join(' ', arguments);
        return new ChildRun(command, process.ExitCode, clock.Elapsed.TotalSeconds, peak, output.Result, errors.Result);
    }

    [GeneratedRegex(@"Maximum resident set size \(kbytes\): (\d+)")]
    private static partial Regex MaxResident();
}
