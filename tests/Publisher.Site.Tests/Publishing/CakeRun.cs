using System.Collections.Concurrent;
using System.Diagnostics;
using Publisher.Site.Tests.Helpers;

namespace Publisher.Site.Tests.Publishing;

/// <summary>
/// <c>dotnet cake</c> run from the repository root, as a maintainer runs it. Its output is kept for failure messages;
/// disposing kills the whole process tree (Cake, the site tool, the compiler server it started).
/// </summary>
public sealed class CakeRun : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private CakeRun(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryFiles.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("cake");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The tests' own build must not leak its MSBuild settings into the pipeline's builds.
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        _process = new Process { StartInfo = start };
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output => string.Join('\n', _output);

    public static CakeRun Start(params string[] arguments)
    {
        Restore();
        return new CakeRun(arguments);
    }

    /// <summary>Waits for the run to end; false when it did not end in time.</summary>
    public bool WaitForExit(TimeSpan timeout, out int exitCode)
    {
        var ended = _process.WaitForExit(timeout);
        if (ended)
        {
            // The timed wait returns before the redirected output is drained; this one waits for the last lines.
            _process.WaitForExit();
        }

        exitCode = ended ? _process.ExitCode : -1;
        return ended;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(30));
        }

        _process.Dispose();
    }

    private static void Restore()
    {
        using var restore = Process.Start(new ProcessStartInfo("dotnet", "tool restore") { WorkingDirectory = RepositoryFiles.Root, RedirectStandardOutput = true, UseShellExecute = false })!;
        restore.StandardOutput.ReadToEnd();
        restore.WaitForExit();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
            while (_output.Count > 400 && _output.TryDequeue(out _))
            {
            }
        }
    }
}
