using System.Diagnostics;
using Publisher.Site.Tests.Helpers;

namespace Publisher.Site.Tests.Publishing;

/// <summary>
/// The GitHub Pages workflow: it uses the Pages actions with the README's commands, and its base-URL step (run here
/// with bash, as the runner runs it) gives a project site, a user site and a custom domain the right base URL.
/// </summary>
public sealed class PagesWorkflowTests
{
    private static readonly string Workflow = File.ReadAllText(RepositoryFiles.Combine(".github", "workflows", "pages.yml"));

    [Fact]
    public void The_workflow_builds_tests_and_deploys_with_the_pages_actions()
    {
        foreach (var expected in new[]
        {
            "branches: [main]", "pages: write", "id-token: write", "apt-get install", "chromium", "jing",
            "dotnet tool restore && dotnet cake --base-url=", "dotnet cake --target=Test",
            "actions/upload-pages-artifact@", "path: artifacts/site", "include-hidden-files: true", "actions/deploy-pages@",
        })
        {
            Assert.Contains(expected, Workflow, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("owner", "Owner/my-edition", null, null, "https://owner.github.io/my-edition/")]
    [InlineData("owner", "owner/owner.github.io", null, null, "https://owner.github.io/")]
    [InlineData("owner", "owner/my-edition", "seeds/CNAME", "edition.example.org\n", "https://edition.example.org/")]
    [InlineData("owner", "owner/my-edition", "CNAME", "  docs.example.org  \n", "https://docs.example.org/")]
    public void The_base_url_follows_the_repository(string owner, string repository, string? cnamePath, string? cname, string expected)
    {
        using var checkout = new TempFolder();
        if (cnamePath is not null)
        {
            checkout.Write(cnamePath, cname!);
        }

        Run(checkout.Path, "git", "init", "-q");
        Run(checkout.Path, "git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "--allow-empty", "-m", "test");
        var outputs = checkout.Write("github-output", string.Empty);
        var environment = checkout.Write("github-env", string.Empty);
        var script = checkout.Write("base-url.sh", BaseUrlStep());

        Run(checkout.Path, "bash", ["--noprofile", "--norc", "-eo", "pipefail", script], new()
        {
            ["GITHUB_REPOSITORY_OWNER"] = owner,
            ["GITHUB_REPOSITORY"] = repository,
            ["GITHUB_OUTPUT"] = outputs,
            ["GITHUB_ENV"] = environment,
        });

        var written = File.ReadAllLines(outputs);
        Assert.Contains($"base-url={expected}", written);
        Assert.Contains($"cname={cnamePath}", written);
        Assert.Matches(@"^SOURCE_DATE_EPOCH=\d+$", File.ReadAllLines(environment).Single());
    }

    /// <summary>The <c>run: |</c> block of the step with <c>id: site</c>, without its YAML indentation.</summary>
    private static string BaseUrlStep()
    {
        var lines = Workflow.Split('\n');
        var step = Array.FindIndex(lines, l => l.Trim() == "id: site");
        var run = Array.FindIndex(lines, step, l => l.Trim() == "run: |");
        var indent = lines[run].Length - lines[run].TrimStart().Length;
        var block = lines.Skip(run + 1).TakeWhile(l => l.Trim().Length == 0 || l.Length - l.TrimStart().Length > indent).ToList();
        var margin = block.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
        return string.Join('\n', block.Select(l => l.Length >= margin ? l[margin..] : string.Empty)) + "\n";
    }

    private static void Run(string folder, string file, params string[] arguments) => Run(folder, file, arguments, []);

    private static void Run(string folder, string file, string[] arguments, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', arguments)} failed: {error.Result}");
    }
}
