using System.Text;
using Publisher.Site.Tests.Helpers;

namespace Publisher.Site.Tests.Golden;

/// <summary>
/// Compares an output with its reviewed copy in tests/Publisher.Site.Tests/Golden/, byte for byte. With
/// <c>UPDATE_GOLDEN=1</c> the copy is rewritten instead; review the diff like code before committing it.
/// </summary>
internal static class GoldenFile
{
    public static string Folder => RepositoryFiles.Combine("tests", "Publisher.Site.Tests", "Golden");

    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    public static void Verify(string name, string actual)
    {
        var path = Path.Combine(Folder, name);
        var bytes = new UTF8Encoding(false).GetBytes(actual);
        if (Updating)
        {
            File.WriteAllBytes(path, bytes);
            return;
        }

        Assert.True(File.Exists(path), $"no golden file {path}: run the tests with UPDATE_GOLDEN=1 to write it, then review it");
        var expected = File.ReadAllBytes(path);
        if (expected.AsSpan().SequenceEqual(bytes))
        {
            return;
        }

        // Name the first line that differs, so the failure says what changed, not only that something did.
        var expectedLines = Encoding.UTF8.GetString(expected).Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line])
        {
            line++;
        }

        Assert.Fail(
            $"{name} differs from its golden file at line {line + 1} (UPDATE_GOLDEN=1 rewrites it):\n" +
            $"  expected: {(line < expectedLines.Length ? expectedLines[line] : "<end of file>")}\n" +
            $"  actual:   {(line < actualLines.Length ? actualLines[line] : "<end of file>")}");
    }
}
