namespace Publisher.Browser.Tests.Helpers;

/// <summary>The repository the tests run from: its root holds Publisher.sln, node_modules and docs/.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>Whether this run is CI's (<c>CI=true</c>), where nothing the tests need may be missing.</summary>
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Publisher.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Publisher.sln above {AppContext.BaseDirectory}.");
    }
}
