using System.Diagnostics;

namespace Publisher.Site.Tests.Hostile;

/// <summary>A finished process: its exit code and everything it printed (stdout then stderr).</summary>
public sealed record ProcessResult(int ExitCode, string Output)
{
    public static ProcessResult Run(string program, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The isolated build must not reuse a build server that holds the repository's own generator.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output + error.Result);
    }

    /// <summary>True when the output carries a .NET stack trace or an unhandled exception.</summary>
    public bool HasStackTrace =>
        Output.Contains("Unhandled exception", StringComparison.OrdinalIgnoreCase)
        || System.Text.RegularExpressions.Regex.IsMatch(Output, @"^\s+at [\w.<>`]+\(", System.Text.RegularExpressions.RegexOptions.Multiline);
}
