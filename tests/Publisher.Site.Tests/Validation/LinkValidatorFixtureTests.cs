using System.Text.Json;
using Publisher.Site.Tests.Helpers;
using Publisher.Site.Tests.Hostile;
using Publisher.Site.Validation;

namespace Publisher.Site.Tests.Validation;

/// <summary>
/// The validator against a corpus of tricky sites (Validation/Fixtures/&lt;case&gt;/site), each with its expected
/// verdict in expected.json: the base path, the absolute base URL if any, and every problem the validator must report
/// (page and a part of the message) — no more, no fewer.
/// </summary>
public sealed class LinkValidatorFixtureTests
{
    private static readonly string Fixtures = Path.Combine(RepositoryFiles.Root, "tests", "Publisher.Site.Tests", "Validation", "Fixtures");

    public static TheoryData<string> Cases() => [.. Directory.EnumerateDirectories(Fixtures).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_fixture_gets_its_expected_verdict(string name)
    {
        var folder = Path.Combine(Fixtures, name);
        using var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));
        var root = expected.RootElement;
        var validator = new LinkValidator(Path.Combine(folder, "site"), root.GetProperty("basePath").GetString()!, root.GetProperty("absoluteBaseUrl").GetString());

        var problems = validator.Validate().Select(p => p.ToString()).ToList();

        var wanted = root.GetProperty("problems").EnumerateArray().Select(p => (Page: p.GetProperty("page").GetString()!, Contains: p.GetProperty("contains").GetString()!)).ToList();
        var unmatched = problems.ToList();
        foreach (var (page, contains) in wanted)
        {
            var match = unmatched.FirstOrDefault(p => p.StartsWith(page + ": ", StringComparison.Ordinal) && p.Contains(contains, StringComparison.Ordinal));
            Assert.True(match is not null, $"expected a problem on {page} mentioning \"{contains}\"; the validator reported:\n{string.Join("\n", problems)}");
            unmatched.Remove(match);
        }

        Assert.True(unmatched.Count == 0, "unexpected problems:\n" + string.Join("\n", unmatched));
        Assert.True(validator.PagesChecked > 0);
    }
}
