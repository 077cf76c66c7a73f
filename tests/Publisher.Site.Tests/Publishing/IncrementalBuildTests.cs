using System.Text.Json;
using Publisher.Site.Building;
using Publisher.Site.Model;
using Publisher.Site.Output;
using Publisher.Site.Tests.Helpers;

namespace Publisher.Site.Tests.Publishing;

/// <summary>
/// After one document is edited, publishing rewrites only the files whose bytes changed: that document's page and
/// exports (and any page showing its text); every other file keeps its bytes and its modification time.
/// </summary>
public sealed class IncrementalBuildTests
{
    private static readonly DateTime Sentinel = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Editing_one_seed_rewrites_only_that_documents_files()
    {
        using var work = new TempFolder();
        var output = Path.Combine(work.Path, "site");
        var edited = Edition.Documents[^1];
        Publish(work.Path, output, Edition.Documents);
        var before = Snapshot(output);
        foreach (var file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, Sentinel);
        }

        var result = Publish(work.Path, output, [.. Edition.Documents.Take(Edition.Documents.Count - 1), WithExtraParagraph(edited)]);

        var after = Snapshot(output);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        var rewritten = after.Keys.Where(f => File.GetLastWriteTimeUtc(Path.Combine(output, f)) != Sentinel).Order(StringComparer.Ordinal).ToList();
        var changed = after.Keys.Where(f => !before[f].AsSpan().SequenceEqual(after[f])).Order(StringComparer.Ordinal).ToList();

        var folder = $"documents/{edited.Id}/";
        Assert.Equal([$"{folder}{edited.Id}.json", $"{folder}{edited.Id}.txt", $"{folder}{edited.Id}.xml", $"{folder}index.html"], changed.Where(f => f.StartsWith(folder, StringComparison.Ordinal)));
        // Every other changed file lists the document: the home page, person pages, the edition's TEI archive…
        Assert.All(changed.Where(f => !f.StartsWith(folder, StringComparison.Ordinal)), f =>
            Assert.Contains(edited.Id, System.Text.Encoding.UTF8.GetString(after[f]), StringComparison.Ordinal));
        Assert.Equal(changed, rewritten);
        Assert.Equal(changed.Count, result.Written);
        Assert.Contains("An added paragraph, to prove incremental publishing.", System.Text.Encoding.UTF8.GetString(after[$"{folder}index.html"]), StringComparison.Ordinal);
    }

    private static SyncResult Publish(string work, string output, IReadOnlyList<DocumentEntry> documents)
    {
        var staging = Path.Combine(work, "staging");
        var files = new SiteBuilder(new SiteOptions(output, "/", BuiltSite.Templates), EditionInfo.From(Edition.IntroductionMarkdown)).Build(documents);
        StagingWriter.Write(staging, files);
        return SiteSync.Publish(staging, output);
    }

    /// <summary>The document as the generator would give it after a paragraph was added at the end of its body.</summary>
    private static DocumentEntry WithExtraParagraph(DocumentEntry document)
    {
        var content = document.Content;
        var line = content.Blocks.Count == 0 ? 1 : content.Blocks[^1].Line + 2;
        var paragraph = new Block(BlockKind.Paragraph, "p-added", [new Inline(InlineKind.Text, "An added paragraph, to prove incremental publishing.")], line);
        var json = JsonSerializer.SerializeToUtf8Bytes(content with { Blocks = [.. content.Blocks, paragraph] }, ModelJsonContext.Default.DocumentContent);
        return new DocumentEntry(document.Id, document.Source, document.Genre, document.Number, document.Title, document.Date, () => json);
    }

    /// <summary>The site's files, without Publisher's own bookkeeping (the folder marker, the manifest).</summary>
    private static Dictionary<string, byte[]> Snapshot(string root) => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .Where(f => !Path.GetFileName(f).StartsWith(".publisher-", StringComparison.Ordinal))
        .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
