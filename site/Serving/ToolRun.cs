using System.Diagnostics;

namespace Publisher.Site.Serving;

/// <summary>One run of a build tool: its exit code and every line it printed, in order.</summary>
public sealed record ToolRun(int ExitCode, IReadOnlyList<string> Lines)
{
    /// <summary>Runs <paramref name="file"/> to the end, echoing nothing; the caller decides what the terminal shows.</summary>
    public static ToolRun Start(string file, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var lines = new List<string>();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Add(lines, e.Data);
        process.ErrorDataReceived += (_, e) => Add(lines, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        lock (lines)
        {
            return new ToolRun(process.ExitCode, lines.ToList());
        }
    }

    private static void Add(List<string> lines, string? line)
    {
        if (line is not null)
        {
            lock (lines)
            {
                lines.Add(line);
            }
        }
    }
}
