using Publisher.Site.Output;
using Publisher.Site.Tests.Helpers;

namespace Publisher.Site.Tests.Output;

public sealed class OutputFolderTests
{
    [Fact]
    public void A_folder_with_foreign_files_is_refused_and_kept()
    {
        using var staging = new TempFolder();
        using var output = new TempFolder();
        staging.Write("index.html", "new");
        var foreign = output.Write("notes.txt", "mine");

        Assert.Throws<PublishException>(() => SiteSync.Publish(staging.Path, output.Path));
        Assert.Equal("mine", File.ReadAllText(foreign));
    }

    [Fact]
    public void Publishing_rewrites_only_changed_files_and_removes_stale_ones()
    {
        using var staging = new TempFolder();
        using var output = new TempFolder();
        staging.Write("a.html", "A");
        staging.Write("b.html", "B");
        SiteSync.Publish(staging.Path, output.Path);
        var before = File.GetLastWriteTimeUtc(Path.Combine(output.Path, "a.html"));
        Thread.Sleep(20);

        // Every render stages the whole site afresh.
        staging.Write("a.html", "A");
        staging.Write("c.html", "C");
        var result = SiteSync.Publish(staging.Path, output.Path);

        Assert.Equal(new SyncResult(1, 1, 1), result);
        Assert.Equal(before, File.GetLastWriteTimeUtc(Path.Combine(output.Path, "a.html")));
        Assert.False(File.Exists(Path.Combine(output.Path, "b.html")));
    }

    [Fact]
    public void A_first_publish_moves_the_staging_folder_into_place()
    {
        using var parent = new TempFolder();
        var staging = Path.Combine(parent.Path, "site.staging");
        var output = Path.Combine(parent.Path, "site");
        StagingWriter.Write(staging, [SiteFile.Text("index.html", "home"), SiteFile.Text("documents/a/index.html", "a")]);

        var result = SiteSync.Publish(staging, output);

        Assert.Equal(new SyncResult(2, 0, 0), result);
        Assert.False(Directory.Exists(staging));
        Assert.Equal("a", File.ReadAllText(Path.Combine(output, "documents", "a", "index.html")));
        Assert.False(File.Exists(Path.Combine(output, StagingWriter.MarkerFile)));
        Assert.Null(OutputFolder.Refusal(output));
    }

    [Fact]
    public void A_republish_keeps_unchanged_files_and_restores_one_changed_by_hand()
    {
        using var parent = new TempFolder();
        var staging = Path.Combine(parent.Path, "site.staging");
        var output = Path.Combine(parent.Path, "site");
        SiteFile[] site = [SiteFile.Text("index.html", "home"), SiteFile.Text("a/index.html", "page a")];
        StagingWriter.Write(staging, site);
        SiteSync.Publish(staging, output);
        var edited = Path.Combine(output, "a", "index.html");
        File.WriteAllText(edited, "page b");
        var home = File.GetLastWriteTimeUtc(Path.Combine(output, "index.html"));
        Thread.Sleep(20);

        StagingWriter.Write(staging, site);
        var result = SiteSync.Publish(staging, output);

        Assert.Equal(new SyncResult(1, 1, 0), result);
        Assert.Equal("page a", File.ReadAllText(edited));
        Assert.Equal(home, File.GetLastWriteTimeUtc(Path.Combine(output, "index.html")));
    }

    [Fact]
    public void The_root_and_a_repository_are_refused()
    {
        Assert.NotNull(OutputFolder.Refusal("/"));
        using var repository = new TempFolder();
        Directory.CreateDirectory(Path.Combine(repository.Path, ".git"));
        Assert.NotNull(OutputFolder.Refusal(repository.Path));
    }
}
