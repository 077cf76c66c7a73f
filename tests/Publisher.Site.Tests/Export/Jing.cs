using System.Diagnostics;

namespace Publisher.Site.Tests.Export;

/// <summary>
/// Runs Debian's <c>jing</c> (RELAX NG validator) on files. jing also prints warnings about optional jars it cannot
/// find; only its exit code and its error lines count.
/// </summary>
internal static class Jing
{
    public static string? Executable { get; } = Find();

    public static (int ExitCode, IReadOnlyList<string> Errors, string Output) Validate(string schema, IEnumerable<string> files)
    {
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("jing not found"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(schema);
        foreach (var file in files)
        {
            start.ArgumentList.Add(file);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var output = stdout + stderr.Result;
        var errors = output.Split('\n').Where(l => l.Contains(": error:", StringComparison.Ordinal) || l.Contains(": fatal:", StringComparison.Ordinal)).ToList();
        return (process.ExitCode, errors, output);
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, "jing"))
            .FirstOrDefault(File.Exists);
}
