using System.Net;
using System.Text.Json;
using Publisher.Site.Tests.Helpers;

namespace Publisher.Site.Tests.Publishing;

/// <summary>
/// <c>dotnet cake --target=Serve</c> for real, on a free port with a copy of the seeds: a paragraph added to a seed is
/// served without a restart; a seed with an error shows its diagnostic in the status the page polls, while the last
/// good build stays served.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class PreviewLoopTests
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(6);

    [Fact]
    public async Task An_edited_seed_is_served_without_a_restart_and_an_error_keeps_the_last_good_build()
    {
        using var work = new TempFolder();
        var seeds = SeedsCopy.Into(work);
        var output = Path.Combine(work.Path, "site");
        var port = FreePort.Next();
        using var cake = CakeRun.Start("--target=Serve", $"--seeds={seeds}", $"--output={output}", $"--port={port}", "--configuration=PipelineTest");
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(20) };

        // A page read while a build publishes carries the previous build's number (its script then reloads it once):
        // wait for the first build to be announced.
        await Poll(http, cake, "/", html => html.Contains("/__publisher/live-reload.js?build=1", StringComparison.Ordinal));
        Assert.DoesNotContain("live-reload", File.ReadAllText(Path.Combine(output, "index.html")), StringComparison.Ordinal);

        const string Marker = "A paragraph added while the preview ran, marker 5V2K.";
        var id = SeedsCopy.AddParagraph(seeds, Marker);
        await Poll(http, cake, $"/documents/{id}/", html => html.Contains(Marker, StringComparison.Ordinal));
        await Poll(http, cake, "/__publisher/status", json => json.Contains("\"version\":2", StringComparison.Ordinal));

        File.WriteAllText(Path.Combine(seeds, "999_empty.txt"), string.Empty);
        var status = await Poll(http, cake, "/__publisher/status", json => json.Contains("PUB008", StringComparison.Ordinal));
        using (var parsed = JsonDocument.Parse(status))
        {
            Assert.Equal(2, parsed.RootElement.GetProperty("version").GetInt32());
            Assert.Contains(parsed.RootElement.GetProperty("errors").EnumerateArray(), e => e.GetString()!.Contains("999_empty.txt", StringComparison.Ordinal));
        }

        Assert.Contains(Marker, await http.GetStringAsync($"/documents/{id}/"), StringComparison.Ordinal);
        Assert.Contains("error PUB008", cake.Output, StringComparison.Ordinal);
    }

    /// <summary>Requests <paramref name="path"/> until its body satisfies <paramref name="done"/>, within the build timeout.</summary>
    private static async Task<string> Poll(HttpClient http, CakeRun cake, string path, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow + BuildTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (cake.WaitForExit(TimeSpan.Zero, out var exit))
            {
                Assert.Fail($"dotnet cake --target=Serve ended (exit {exit}):\n{cake.Output}");
            }

            try
            {
                using var response = await http.GetAsync(path);
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.OK && done(body))
                {
                    return body;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet: Cake is still compiling the server.
            }

            await Task.Delay(500);
        }

        Assert.Fail($"{path} did not show the change within {BuildTimeout.TotalMinutes} minutes:\n{cake.Output}");
        return string.Empty;
    }
}
