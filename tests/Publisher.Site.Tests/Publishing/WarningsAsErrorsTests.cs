using Publisher.Site.Tests.Helpers;

namespace Publisher.Site.Tests.Publishing;

/// <summary>
/// A seed with a warning: the compile reports it MSBuild-style and goes on, unless <c>--warnings-as-errors</c> asks
/// for strict CI, when the same warning fails the build.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class WarningsAsErrorsTests
{
    [Fact]
    public void A_seed_warning_fails_only_a_strict_build()
    {
        using var work = new TempFolder();
        var seeds = SeedsCopy.Into(work);
        var seed = Path.Combine(seeds, "950_plain.txt");
        File.WriteAllText(seed, "A note with no heading and no date, written for Publisher's tests.\n");

        using (var strict = CakeRun.Start("--target=Compile", $"--seeds={seeds}", "--configuration=PipelineTest", "--warnings-as-errors"))
        {
            Assert.True(strict.WaitForExit(TimeSpan.FromMinutes(6), out var exit), "the strict compile did not finish:\n" + strict.Output);
            Assert.NotEqual(0, exit);
            Assert.Contains($"{seed}(1,1): error PUB006", strict.Output, StringComparison.Ordinal);
        }

        using var lenient = CakeRun.Start("--target=Compile", $"--seeds={seeds}", "--configuration=PipelineTest");
        Assert.True(lenient.WaitForExit(TimeSpan.FromMinutes(6), out var lenientExit), "the compile did not finish:\n" + lenient.Output);
        Assert.True(lenientExit == 0, $"a warning failed a lenient build:\n{lenient.Output}");
        Assert.Contains($"{seed}(1,1): warning PUB006", lenient.Output, StringComparison.Ordinal);
    }
}
