namespace Publisher.Site.Tests.Publishing;

/// <summary>The repository the tests run from (the folder holding Publisher.sln), for tests that run the real pipeline.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Publisher.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Publisher.sln not found above " + AppContext.BaseDirectory);
    }
}
