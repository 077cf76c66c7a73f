using Publisher.Site.Tests.Helpers;

namespace Publisher.Site.Tests.Hostile;

/// <summary>Every page of the edition carries the Content-Security-Policy and Referrer-Policy, and loads nothing from elsewhere.</summary>
public sealed class SiteHardeningTests(BuiltSite site) : IClassFixture<BuiltSite>
{
    [Fact]
    public void Every_page_has_the_policies_and_requests_nothing_from_another_site()
    {
        var pages = site.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count >= 4);

        Assert.Empty(pages.SelectMany(p => SiteHardening.Problems(p.Path, System.Text.Encoding.UTF8.GetString(p.Content))));
    }

    [Theory]
    [InlineData("<meta name=\"referrer\" content=\"strict-origin-when-cross-origin\">", "Content-Security-Policy")]
    [InlineData("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'\"><meta name=\"referrer\" content=\"no-referrer\">", "'unsafe-inline'")]
    [InlineData("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; object-src 'none'; base-uri 'self'\">", "Referrer-Policy")]
    [InlineData("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; object-src 'none'; base-uri 'self'\"><meta name=\"referrer\" content=\"no-referrer\"><script>alert(1)</script>", "inline <script>")]
    [InlineData("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; object-src 'none'; base-uri 'self'\"><meta name=\"referrer\" content=\"no-referrer\"><link rel=\"stylesheet\" href=\"https://cdn.example/x.css\">", "another site")]
    [InlineData("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; object-src 'none'; base-uri 'self'\"><meta name=\"referrer\" content=\"no-referrer\"><script src=\"//cdn.example/x.js\"></script>", "another site")]
    [InlineData("<link rel=\"stylesheet\" href=\"/site.css\"><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; object-src 'none'; base-uri 'self'\"><meta name=\"referrer\" content=\"no-referrer\">", "comes before")]
    public void The_check_catches_a_page_without_protection(string head, string expected)
    {
        var problems = SiteHardening.Problems("page.html", $"<!DOCTYPE html><html><head>{head}</head><body><p>x</p></body></html>");

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }
}
