using Publisher.Site.Tests.Helpers;
namespace Publisher.Site.Tests.Hostile;

/// <summary>
/// The real pipeline on another seeds folder: copies the generator, the site and the templates into a temporary
/// tree (so the repository's own obj/ and bin/ stay untouched while other tests run), compiles the site there with
/// <c>-p:SeedsDirectory</c>, and runs the compiled site tool. Nothing is faked: the source generator reads the seeds
/// inside the compiler, exactly as <c>dotnet cake --seeds=DIR</c> does.
/// </summary>
public sealed class IsolatedSite : IDisposable
{
    private static readonly string[] RootFiles = ["Directory.Build.props", "Directory.Packages.props", ".editorconfig", "global.json", "NuGet.Config"];

    private IsolatedSite(string root) => Root = root;

    public string Root { get; }

    public string SiteDll => Path.Combine(Root, "site", "bin", "Debug", "net10.0", "Publisher.Site.dll");

    /// <summary>
    /// Copies the sources and compiles the site with the given seeds; the result carries the compiler's output.
    /// Seed warnings (PUB002–PUB007) are errors in the repository's build; tests of seeds that are odd on purpose
    /// turn that off so they reach the site tool.
    /// </summary>
    public static (IsolatedSite Site, ProcessResult Compile) Compile(string seeds, bool warningsAsErrors = false)
    {
        var root = Path.Combine(Path.GetTempPath(), "publisher-isolated-" + Guid.NewGuid().ToString("N"));
        var repository = RepositoryFiles.Root;
        foreach (var file in RootFiles.Where(f => File.Exists(Path.Combine(repository, f))))
        {
            Directory.CreateDirectory(root);
            File.Copy(Path.Combine(repository, file), Path.Combine(root, file));
        }

        foreach (var folder in new[] { "generator", "site", "templates" })
        {
            CopySources(Path.Combine(repository, folder), Path.Combine(root, folder));
        }

        var site = new IsolatedSite(root);
        var compile = ProcessResult.Run("dotnet", root, "build", Path.Combine(root, "site", "Publisher.Site.csproj"), "-c", "Debug", "-nologo", "-p:SeedsDirectory=" + Path.GetFullPath(seeds), "-p:TreatWarningsAsErrors=" + (warningsAsErrors ? "true" : "false"));
        return (site, compile);
    }

    /// <summary>Runs the compiled site tool (e.g. <c>build --output DIR</c>).</summary>
    public ProcessResult Run(params string[] arguments) => ProcessResult.Run("dotnet", Root, [SiteDll, .. arguments]);

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }

    private static void CopySources(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var first = relative.Split(Path.DirectorySeparatorChar)[0];
            if (first is "bin" or "obj")
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
