using AngleSharp.Html.Parser;
using Publisher.Site.Tests.Helpers;
using Publisher.Site.Tests.Rendering;

namespace Publisher.Site.Tests.Fidelity;

/// <summary>Every word of each seed appears, in order, on its document page and in its plain-text export.</summary>
public sealed class NothingLostTests : IClassFixture<BuiltSiteFixture>
{
    private readonly BuiltSite _site;

    public NothingLostTests(BuiltSiteFixture fixture) => _site = fixture.Site;

    [Theory]
    [InlineData(RepositoryFiles.Memorandum)]
    [InlineData(RepositoryFiles.SessionNotes)]
    public void Every_word_of_the_seed_is_on_its_page_in_order(string id)
    {
        var page = new HtmlParser().ParseDocument(_site.Read($"documents/{id}/index.html"));
        var article = page.QuerySelector("article.document")!;

        // A page marker shows "p. 1041": structure, whose number the seed's "[Page 1041]" does not count as a word.
        foreach (var marker in article.QuerySelectorAll("a.page").ToList())
        {
            marker.Remove();
        }

        var seed = SeedWords.Of(RepositoryFiles.Seed(id));
        Assert.True(seed.Count > 1000, $"only {seed.Count} words in seed {id}");
        var missing = SeedWords.FirstMissing(seed, SeedWords.Split(article.TextContent));
        Assert.True(missing is null, missing);
    }

    [Theory]
    [InlineData(RepositoryFiles.Memorandum)]
    [InlineData(RepositoryFiles.SessionNotes)]
    public void Every_word_of_the_seed_is_in_its_plain_text_export_in_order(string id)
    {
        var text = _site.Read($"documents/{id}/{id}.txt");

        var missing = SeedWords.FirstMissing(SeedWords.Of(RepositoryFiles.Seed(id)), SeedWords.Split(text));
        Assert.True(missing is null, missing);
    }

    [Fact]
    public void The_check_finds_a_word_left_out()
    {
        var seed = SeedWords.Split("the class enemy, who exhibited extreme primitivism");

        var missing = SeedWords.FirstMissing(seed, SeedWords.Split("the class enemy, who exhibited primitivism"));

        Assert.StartsWith("seed word 5 \"extreme\"", missing, StringComparison.Ordinal);
    }

    [Fact]
    public void The_check_finds_words_out_of_order()
    {
        Assert.NotNull(SeedWords.FirstMissing(SeedWords.Split("outlook, and intellectual impotence"), SeedWords.Split("and outlook, intellectual impotence")));
    }
}
