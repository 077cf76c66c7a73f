using Publisher.Generator.Model;
using Publisher.Generator.Parsing;

namespace Publisher.Generator.Tests.Helpers;

/// <summary>The project's own test documents (Documents/&lt;genre&gt;/*.txt) and what the parser makes of them.</summary>
internal static class TestDocuments
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Documents");

    /// <summary>Every test document, as a path relative to <see cref="Folder"/> with '/' separators.</summary>
    public static IEnumerable<string> All =>
        Directory.GetFiles(Folder, "*.txt", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static SeedResult Parse(string relative)
    {
        var path = Repository.TestDocument(relative);
        return SeedParser.Parse(path, Path.GetFileName(path), File.ReadAllText(path));
    }

    public static DocumentSpec Document(string relative) =>
        Parse(relative).Document ?? throw new InvalidOperationException(relative + " gave no document");
}
