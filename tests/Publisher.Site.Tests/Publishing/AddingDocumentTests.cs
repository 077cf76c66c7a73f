using System.Xml.Linq;
using Publisher.Site.Tests.Helpers;

namespace Publisher.Site.Tests.Publishing;

/// <summary>
/// The README's walkthrough, run for real: a new <c>.txt</c> dropped into a copy of the seeds, then
/// <c>dotnet cake --seeds=…</c> (compile with the seeds, render, index, validate, publish). The new document must be
/// on the home page, in the sitemap and the feed, with its page and exports, and on every page kind that lists
/// documents when that page exists (chronology, persons).
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class AddingDocumentTests
{
    private const string BaseUrl = "https://owner.github.io/pub-edition/";
    private const string Id = "900_added_memo";

    private const string NewSeed = """
        900. Memorandum of Conversation1

        Test Fixture Meeting on Document Handling
        September 2, 1986


            • First Participant
            • Second Participant

            • Third Participant

        First Participant opened the meeting. This memorandum is a fixture written for Publisher's tests, not a historical record: marker ADDED-DOC-7Q.

        Third Participant agreed that the new document should appear everywhere.

          1. Source: Publisher test fixture. Written for the tests; no archive holds it.

        """;

    [Fact]
    public void A_new_seed_appears_everywhere_after_one_build()
    {
        using var work = new TempFolder();
        var seeds = SeedsCopy.Into(work);
        File.WriteAllText(Path.Combine(seeds, Id + ".txt"), NewSeed.ReplaceLineEndings("\n"));
        var output = Path.Combine(work.Path, "site");

        using var cake = CakeRun.Start($"--seeds={seeds}", $"--output={output}", $"--base-url={BaseUrl}", "--configuration=PipelineTest");
        Assert.True(cake.WaitForExit(TimeSpan.FromMinutes(10), out var exit), "the build did not finish in 10 minutes:\n" + cake.Output);
        Assert.True(exit == 0, $"dotnet cake exited {exit}:\n{cake.Output}");

        var page = $"documents/{Id}/";
        Assert.Contains("ADDED-DOC-7Q", File.ReadAllText(Path.Combine(output, page, "index.html")), StringComparison.Ordinal);
        foreach (var export in new[] { "xml", "json", "txt" })
        {
            Assert.Contains("ADDED-DOC-7Q", File.ReadAllText(Path.Combine(output, page, $"{Id}.{export}")), StringComparison.Ordinal);
        }

        Assert.Contains($"href=\"/pub-edition/{page}\"", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        Assert.Contains(BaseUrl + page, XDocument.Load(Path.Combine(output, "sitemap.xml")).Descendants(sitemap + "loc").Select(l => l.Value));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.Contains(BaseUrl + page, XDocument.Load(Path.Combine(output, "feed.xml")).Descendants(atom + "entry").Select(e => e.Element(atom + "id")!.Value));
        Assert.Contains($"\"{Id}\"", File.ReadAllText(Path.Combine(output, "edition.json")), StringComparison.Ordinal);

        var chronology = Path.Combine(output, "chronology", "index.html");
        if (File.Exists(chronology))
        {
            Assert.Contains(page, File.ReadAllText(chronology), StringComparison.Ordinal);
        }

        Assert.Contains("Summary:", cake.Output, StringComparison.Ordinal);
    }
}
