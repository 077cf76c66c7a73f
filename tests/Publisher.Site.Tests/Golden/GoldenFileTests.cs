using Publisher.Site.Tests.Helpers;
using Publisher.Site.Tests.Rendering;

namespace Publisher.Site.Tests.Golden;

/// <summary>The rendered document pages and TEI exports of both seeds, against their reviewed golden copies.</summary>
public sealed class GoldenFileTests : IClassFixture<BuiltSiteFixture>
{
    private readonly BuiltSite _site;

    public GoldenFileTests(BuiltSiteFixture fixture) => _site = fixture.Site;

    [Theory]
    [InlineData(RepositoryFiles.Memorandum)]
    [InlineData(RepositoryFiles.SessionNotes)]
    public void The_document_page_is_as_reviewed(string id) =>
        GoldenFile.Verify(id + ".html", _site.Read($"documents/{id}/index.html"));

    [Theory]
    [InlineData(RepositoryFiles.Memorandum)]
    [InlineData(RepositoryFiles.SessionNotes)]
    public void The_tei_export_is_as_reviewed(string id) =>
        GoldenFile.Verify(id + ".xml", _site.Read($"documents/{id}/{id}.xml"));
}
