namespace Publisher.Bench.Running;

/// <summary>The programs the benchmark runs; what is missing is named with the package that provides it.</summary>
internal static class Prerequisites
{
    public static IReadOnlyList<string> Missing(BenchSettings settings)
    {
        var missing = new List<string>();
        Need(missing, HugoRunner.Hugo, "hugo (apt-get install hugo)");
        Need(missing, LinkcheckerRunner.Linkchecker, "linkchecker (apt-get install linkchecker)");
        Need(missing, ChildProcess.Time, "GNU time (apt-get install time)");
        if (!OnPath("python3"))
        {
            missing.Add("python3 (apt-get install python3), for the local server linkchecker crawls");
        }

        Need(missing, settings.Pagefind, "Pagefind (npm ci)");
        return missing;
    }

    private static void Need(List<string> missing, string path, string what)
    {
        if (!File.Exists(path))
        {
            missing.Add($"{what}: {path} not found");
        }
    }

    private static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, name)));
}
