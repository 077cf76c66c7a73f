using Publisher.Site.Output;
using Publisher.Site.Tests.Helpers;

namespace Publisher.Site.Tests.Hostile;

/// <summary>
/// Publisher writes only inside its output folder, changes it only after a build passed, and never clears a folder it
/// did not make. The end-to-end cases run the site tool as users do (the build beside this test assembly).
/// </summary>
public sealed class OutputSafetyTests
{
    private static readonly string SiteDll = Path.Combine(AppContext.BaseDirectory, "Publisher.Site.dll");

    private static ProcessResult Site(params string[] arguments) => ProcessResult.Run("dotnet", AppContext.BaseDirectory, [SiteDll, .. arguments]);

    /// <summary>Every file of a folder with its bytes and modification time.</summary>
    private static Dictionary<string, (string Hash, DateTime Written)> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => (Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))), File.GetLastWriteTimeUtc(f)));

    private static void CopyTemplates(string to)
    {
        foreach (var file in Directory.EnumerateFiles(BuiltSite.Templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(BuiltSite.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("documents/../../escape.txt")]
    [InlineData("documents/a/../../../escape.txt")]
    [InlineData("/tmp/escape-publisher-absolute.txt")]
    public void A_path_that_leaves_the_site_folder_is_refused(string path)
    {
        using var parent = new TempFolder();
        var staging = Path.Combine(parent.Path, "staging");

        var exception = Assert.Throws<PublishException>(() => StagingWriter.Write(staging, [SiteFile.Text("index.html", "ok"), SiteFile.Text(path, "escaped")]));

        Assert.Contains(path, exception.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(parent.Path, "escape.txt")));
        Assert.False(File.Exists("/tmp/escape-publisher-absolute.txt"));
    }

    [Fact]
    public void A_foreign_staging_folder_is_refused_and_keeps_its_files()
    {
        using var staging = new TempFolder();
        var mine = staging.Write("thesis/chapter1.md", "my work");

        Assert.Throws<PublishException>(() => StagingWriter.Write(staging.Path, [SiteFile.Text("index.html", "ok")]));
        Assert.Equal("my work", File.ReadAllText(mine));
    }

    [Fact]
    public void The_staging_marker_is_never_published()
    {
        using var parent = new TempFolder();
        var staging = Path.Combine(parent.Path, "staging");
        var output = Path.Combine(parent.Path, "site");
        StagingWriter.Write(staging, [SiteFile.Text("index.html", "ok")]);
        StagingWriter.Write(staging, [SiteFile.Text("index.html", "again")]);

        SiteSync.Publish(staging, output);

        Assert.False(File.Exists(Path.Combine(output, StagingWriter.MarkerFile)));
        Assert.Equal("again", File.ReadAllText(Path.Combine(output, "index.html")));
    }

    [Theory]
    [InlineData("site", "site/.staging")]
    [InlineData("site/inner", "site")]
    [InlineData("site", "site")]
    public void Staging_and_output_folders_inside_each_other_are_refused(string output, string staging)
    {
        using var parent = new TempFolder();
        var stagingPath = Path.Combine(parent.Path, staging);
        StagingWriter.Write(stagingPath, [SiteFile.Text("index.html", "ok")]);
        var before = Snapshot(parent.Path);

        Assert.Throws<PublishException>(() => SiteSync.Publish(stagingPath, Path.Combine(parent.Path, output)));
        Assert.Equal(before, Snapshot(parent.Path));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_byte_for_byte_unchanged()
    {
        using var work = new TempFolder();
        var output = Path.Combine(work.Path, "site");
        var first = Site("build", "--output", output);
        Assert.True(first.ExitCode == 0, first.Output);
        var before = Snapshot(output);
        Assert.Contains("index.html", before.Keys);

        var broken = Path.Combine(work.Path, "templates-broken-link");
        CopyTemplates(broken);
        var layout = Path.Combine(broken, "layout.html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("<main id=\"main\">", "<main id=\"main\"><a href=\"{{ Site.BasePath }}no-such-page/\">gone</a>", StringComparison.Ordinal));
        var linkFailure = Site("build", "--output", output, "--templates", broken);

        var unparsable = Path.Combine(work.Path, "templates-unparsable");
        CopyTemplates(unparsable);
        File.AppendAllText(Path.Combine(unparsable, "home.html"), "{{ for x in }}");
        var templateFailure = Site("build", "--output", output, "--templates", unparsable);

        Assert.Equal(1, linkFailure.ExitCode);
        Assert.Contains("no-such-page", linkFailure.Output, StringComparison.Ordinal);
        Assert.Equal(1, templateFailure.ExitCode);
        Assert.Contains("PUB101", templateFailure.Output, StringComparison.Ordinal);
        Assert.False(linkFailure.HasStackTrace || templateFailure.HasStackTrace, linkFailure.Output + templateFailure.Output);
        Assert.Equal(before, Snapshot(output));
    }

    [Fact]
    public void A_foreign_folder_is_refused_and_keeps_its_files()
    {
        using var output = new TempFolder();
        output.Write("notes.txt", "mine");
        output.Write("index.html", "<p>my own page</p>");
        var before = Snapshot(output.Path);

        var result = Site("build", "--output", output.Path);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("PUB100", result.Output, StringComparison.Ordinal);
        Assert.False(result.HasStackTrace, result.Output);
        Assert.Equal(before, Snapshot(output.Path));
    }

    [Fact]
    public void The_file_system_root_is_refused_without_a_crash()
    {
        var before = Directory.EnumerateFileSystemEntries("/").Order(StringComparer.Ordinal).ToList();

        var result = Site("build", "--output", "/");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("PUB100", result.Output, StringComparison.Ordinal);
        Assert.False(result.HasStackTrace, result.Output);
        Assert.Equal(before, Directory.EnumerateFileSystemEntries("/").Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void The_repository_root_is_refused_and_keeps_its_files()
    {
        var repository = RepositoryFiles.Root;
        var parent = Path.GetDirectoryName(repository)!;
        var before = Directory.EnumerateFileSystemEntries(repository).Order(StringComparer.Ordinal).ToList();
        var siblings = Directory.EnumerateFileSystemEntries(parent).Order(StringComparer.Ordinal).ToList();

        var result = Site("build", "--output", repository);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("repository", result.Output, StringComparison.Ordinal);
        Assert.False(result.HasStackTrace, result.Output);
        Assert.Equal(before, Directory.EnumerateFileSystemEntries(repository).Order(StringComparer.Ordinal).ToList());
        Assert.Equal(siblings, Directory.EnumerateFileSystemEntries(parent).Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Publishing_without_a_staging_folder_is_an_error_not_a_crash()
    {
        using var work = new TempFolder();

        var result = Site("publish", "--output", Path.Combine(work.Path, "site"), "--staging", Path.Combine(work.Path, "missing"));

        Assert.Equal(3, result.ExitCode);
        Assert.False(result.HasStackTrace, result.Output);
        Assert.False(Directory.Exists(Path.Combine(work.Path, "site")));
    }
}
