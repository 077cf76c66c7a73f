using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Playwright;
using Publisher.Site.Building;
using Publisher.Site.Model;
using Publisher.Site.Output;

namespace Publisher.Browser.Tests.Helpers;

/// <summary>
/// Once per test run: the seeds' edition built under a base path (<c>/edition/</c>) into a temporary folder, indexed
/// by the repository's own Pagefind, served on 127.0.0.1, and one Debian Chromium driven by Playwright. Every
/// request for another host is refused and remembered, so a test can prove the pages never leave the machine.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string BasePath = "/edition/";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private StaticSiteServer? _server;
    private IPlaywright? _playwright;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "publisher-browser-" + Guid.NewGuid().ToString("N"));

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl => _server!.BaseUrl;

    /// <summary>Requests the pages made to any host but the loopback server (refused).</summary>
    public ConcurrentQueue<string> ForeignRequests { get; } = new();

    /// <summary>The site's pages, relative to its root (<c>index.html</c>, <c>documents/x/index.html</c>…), sorted.</summary>
    public IReadOnlyList<string> Pages => Directory.EnumerateFiles(Root, "*.html", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
        .Where(p => !p.StartsWith("pagefind/", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The URL of a page file: <c>documents/x/index.html</c> → <c>http://127.0.0.1:n/edition/documents/x/</c>.</summary>
    public string Url(string page) => BaseUrl + (page.EndsWith("index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page);

    public async Task InitializeAsync()
    {
        var templates = Path.Combine(AppContext.BaseDirectory, "templates");
        var files = new SiteBuilder(new SiteOptions(Root, BasePath, templates), EditionInfo.From(Edition.IntroductionMarkdown)).Build(Edition.Documents);
        StagingWriter.Write(Root, files);
        await RunPagefindAsync();
        _server = new StaticSiteServer(Root, BasePath);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = FindChromium(), Args = ChromiumArgs, Headless = true });
    }

    /// <summary>A fresh context (viewport, colour scheme, JavaScript…) whose requests to other hosts are refused.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Host == "127.0.0.1" && url.Port == _server!.Port)
            {
                await route.ContinueAsync();
            }
            else
            {
                ForeignRequests.Enqueue(route.Request.Url);
                await route.AbortAsync();
            }
        });
        return context;
    }

    /// <summary>A page in a fresh context, already at <paramref name="page"/> of the site.</summary>
    public async Task<IPage> OpenAsync(string page, BrowserNewContextOptions? options = null)
    {
        var context = await NewContextAsync(options);
        var tab = await context.NewPageAsync();
        await tab.GotoAsync(Url(page));
        return tab;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        _server?.Dispose();
        Directory.Delete(Root, recursive: true);
    }

    /// <summary>Debian's Chromium on PATH; a browser is never downloaded. Its absence fails the tests, in CI and out.</summary>
    private static string FindChromium()
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, "chromium"))
            .FirstOrDefault(File.Exists);
        return found ?? throw new InvalidOperationException(
            "Chromium was not found on PATH: install Debian's package (apt-get install chromium); .ci/run does." + (Repository.IsCi ? " (CI=true)" : string.Empty));
    }

    /// <summary>The search index, built by the repository's pinned Pagefind with its pagefind.yml, as the Cake pipeline builds it.</summary>
    private async Task RunPagefindAsync()
    {
        var pagefind = Repository.PathOf("node_modules", ".bin", "pagefind");
        if (!File.Exists(pagefind))
        {
            throw new InvalidOperationException($"{pagefind} is missing: run `npm ci` at the repository root (dotnet cake --target=Test does).");
        }

        using var process = Process.Start(new ProcessStartInfo(pagefind, ["--site", Root, "--quiet"]) { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = Repository.Root })!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Pagefind failed ({process.ExitCode}): {await errors}");
        }
    }
}
