namespace Publisher.Bench.Running;

/// <summary>What one child process did: exit code, wall time, peak resident memory, and its output.</summary>
internal sealed record ChildRun(string Command, int ExitCode, double Seconds, long PeakBytes, string Output, string Errors)
{
    public double PeakMegabytes => PeakBytes / 1024.0 / 1024.0;

    public ChildRun EnsureSuccess()
    {
        if (ExitCode != 0)
        {
            throw new BenchException($"'{Command}' failed with exit code {ExitCode}:\n{Tail(Output)}\n{Tail(Errors)}");
        }

        return this;
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : "…" + text[^4000..];
}
