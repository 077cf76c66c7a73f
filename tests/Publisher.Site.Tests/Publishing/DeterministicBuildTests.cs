using Publisher.Site.Tests.Helpers;

namespace Publisher.Site.Tests.Publishing;

/// <summary>The same seeds give the same bytes: two independent builds are compared file by file.</summary>
public sealed class DeterministicBuildTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("https://owner.github.io/pub-edition/")]
    public void Two_builds_are_byte_identical(string baseUrl)
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        BuiltSite.Build(first.Path, baseUrl);
        BuiltSite.Build(second.Path, baseUrl);

        var files = Files(first.Path);
        Assert.Equal(files, Files(second.Path));
        Assert.Contains("sitemap.xml", files);
        Assert.Contains("feed.xml", files);
        foreach (var file in files)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(first.Path, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.Path, file))),
                $"{file} differs between two builds of the same seeds");
        }
    }

    private static List<string> Files(string root) => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();
}
