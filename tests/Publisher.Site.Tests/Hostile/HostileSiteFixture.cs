using Publisher.Site.Tests.Helpers;
namespace Publisher.Site.Tests.Hostile;

/// <summary>
/// The edition of the hostile seeds (Hostile/seeds, plus a seed whose file name itself is hostile, made here because
/// such a name cannot be checked out on every system), compiled and built once through the real pipeline.
/// </summary>
public sealed class HostileSiteFixture : IDisposable
{
    public const string HostileFileName = "004 <img src=x onerror=alert(1)> {{ 7 * 191 }}.txt";

    private readonly IsolatedSite _site;

    public HostileSiteFixture()
    {
        Seeds = Path.Combine(Path.GetTempPath(), "publisher-hostile-seeds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Seeds);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "tests", "Publisher.Site.Tests", "Hostile", "seeds")))
        {
            File.Copy(file, Path.Combine(Seeds, Path.GetFileName(file)));
        }

        File.WriteAllText(Path.Combine(Seeds, HostileFileName), "A note filed under a hostile name\n\nJuly 29, 1986\n\nIts text is harmless.\n");

        (_site, Compile) = IsolatedSite.Compile(Seeds);
        Output = Path.Combine(_site.Root, "out");
        Build = Compile.ExitCode == 0 ? _site.Run("build", "--output", Output) : Compile;
    }

    public string Seeds { get; }

    public ProcessResult Compile { get; }

    public ProcessResult Build { get; }

    public string Output { get; }

    /// <summary>Every file of the built site, relative to its root with '/' separators.</summary>
    public IReadOnlyList<string> Files =>
        [.. Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    public string Read(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(Seeds, recursive: true);
    }
}
