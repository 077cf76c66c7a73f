namespace Publisher.Site.Tests.Helpers;

/// <summary>Files of the repository the tests run from (found by its Publisher.sln), and the two seeds' names.</summary>
internal static class RepositoryFiles
{
    public const string Memorandum = "003_90912159ad8af0ba";

    public const string SessionNotes = "000_f1b63ae9a0998c51";

    public static string Root { get; } = FindRoot();

    public static string Seed(string id) => File.ReadAllText(Path.Combine(Root, "seeds", id + ".txt"));

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

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
