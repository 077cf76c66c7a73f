namespace Publisher.Generator.Tests.Helpers;

/// <summary>Finds files of the repository the tests run from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string SeedPath(string name) => Path.Combine(Seeds, name);

    /// <summary>The test documents of this project (copied beside the test assembly).</summary>
    public static string TestDocument(string relative) => Path.Combine(AppContext.BaseDirectory, "Documents", relative);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Publisher.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Publisher.sln not found above " + AppContext.BaseDirectory);
    }
}
