using Publisher.Browser.Tests.Helpers;

namespace Publisher.Browser.Tests.Validity;

[Collection(BrowserCollection.Name)]
public sealed class PageWeightTests(BrowserSite site)
{
    private const int Budget = 60 * 1024;

    /// <summary>A reader on a slow line gets a whole document in one small download: its HTML and the stylesheet.</summary>
    [Fact]
    public void Every_document_page_with_its_stylesheet_weighs_under_60_KB()
    {
        var css = new FileInfo(Path.Combine(site.Root, "assets", "site.css")).Length;
        var documents = site.Pages.Where(p => PageKinds.Kind(p) == "documents/*").ToList();

        Assert.NotEmpty(documents);
        Assert.All(documents, page =>
        {
            var total = new FileInfo(Path.Combine(site.Root, page)).Length + css;
            Assert.True(total < Budget, $"{page}: {total} bytes with its CSS");
        });
    }
}
