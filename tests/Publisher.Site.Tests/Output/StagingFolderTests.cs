using Publisher.Site.Output;
using Publisher.Site.Tests.Helpers;

namespace Publisher.Site.Tests.Output;

public sealed class StagingFolderTests
{
    [Fact]
    public void Files_are_written_while_the_site_is_built_and_listed_in_the_manifest()
    {
        using var parent = new TempFolder();
        var folder = StagingWriter.Prepare(Path.Combine(parent.Path, "staging"));

        var paths = folder.WriteWhile(write =>
        {
            write(SiteFile.Text("index.html", "home"));
            write(SiteFile.Text("documents/a/index.html", "a"));
            return ["documents/a/index.html", "index.html"];
        });

        Assert.Equal(["documents/a/index.html", "index.html"], paths);
        Assert.Equal("a", File.ReadAllText(Path.Combine(folder.Root, "documents", "a", "index.html")));
        var manifest = SiteManifest.Read(folder.Root);
        Assert.Equal(SiteManifest.Hash("home"u8), manifest["index.html"].Hash);
        Assert.Equal(2, manifest.Count);
    }

    [Fact]
    public void A_file_that_cannot_be_written_stops_the_build_with_its_own_error_and_never_hangs()
    {
        using var parent = new TempFolder();
        var folder = StagingWriter.Prepare(Path.Combine(parent.Path, "staging"));

        // More files than the writer's queue holds: the builder must be released, not left waiting for ever.
        var exception = Assert.Throws<PublishException>(() => folder.WriteWhile(write =>
        {
            write(SiteFile.Text("../escaped.html", "outside"));
            for (var i = 0; i < 10_000; i++)
            {
                write(SiteFile.Text($"page-{i}.html", "x"));
            }

            return [];
        }));

        Assert.Contains("outside the site folder", exception.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(parent.Path, "escaped.html")));
    }
}
