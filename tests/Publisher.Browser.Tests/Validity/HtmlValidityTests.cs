using System.Diagnostics;
using Publisher.Browser.Tests.Helpers;

namespace Publisher.Browser.Tests.Validity;

[Collection(BrowserCollection.Name)]
public sealed class HtmlValidityTests(BrowserSite site)
{
    /// <summary>The W3C Nu Html Checker (npm <c>vnu-jar</c>, on Debian's Java) over every page of the site at once.</summary>
    [Fact]
    public async Task The_Nu_Html_Checker_finds_no_error_on_any_page()
    {
        var jar = Repository.PathOf("node_modules", "vnu-jar", "build", "dist", "vnu.jar");
        Assert.True(File.Exists(jar), $"{jar} is missing: run `npm ci` at the repository root.");
        var pages = site.Pages.Select(p => Path.Combine(site.Root, p)).ToList();

        using var process = Process.Start(new ProcessStartInfo("java", ["-jar", jar, "--errors-only", "--format", "gnu", .. pages])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("java could not be started: install default-jre-headless.");
        var errors = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        var report = (output + await errors).Replace(site.Root, string.Empty, StringComparison.Ordinal).Trim();
        Assert.True(process.ExitCode == 0 && report.Length == 0, $"Nu Html Checker ({pages.Count} pages):{Environment.NewLine}{report}");
        Assert.Contains(pages, p => p.EndsWith("search/index.html", StringComparison.Ordinal));
    }
}
