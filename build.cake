// Publisher's one entry point for maintainers and CI.
//   dotnet cake                      build the edition from seeds/ into artifacts/site/ and validate it
//   dotnet cake --target=Test        every test
//   dotnet cake --target=Clean       remove build output
//   dotnet cake --target=Bench --docs=N   the benchmark against Hugo and linkchecker (default 10000 documents)
// Arguments every target honours: --seeds=DIR, --output=DIR, --base-url=URL, --configuration=Release|Debug.

var target = Argument("target", "Build");
var configuration = Argument("configuration", "Release");
var seeds = MakeAbsolute(Directory(Argument("seeds", "seeds")));
var output = MakeAbsolute(Directory(Argument("output", "artifacts/site")));
var baseUrl = Argument("base-url", "/");
var staging = MakeAbsolute(Directory($"{output.FullPath}.staging"));
var siteProject = File("site/Publisher.Site.csproj");
var siteDll = File($"site/bin/{configuration}/net10.0/Publisher.Site.dll");

void RunSite(string verb, string arguments)
{
    var exit = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"\"{MakeAbsolute(siteDll).FullPath}\" {verb} --output \"{output.FullPath}\" --staging \"{staging.FullPath}\" --base-url \"{baseUrl}\" {arguments}",
    });
    if (exit != 0)
    {
        throw new CakeException(exit, $"Publisher.Site {verb} failed (exit code {exit}); {output.FullPath} was left as it was.");
    }
}

void EnsureNodeModules()
{
    if (!FileExists("node_modules/.bin/pagefind"))
    {
        var exit = StartProcess("npm", new ProcessSettings { Arguments = "ci --no-audit --no-fund" });
        if (exit != 0)
        {
            throw new CakeException(exit, "npm ci failed: Node.js and npm are needed for the search index (Pagefind).");
        }
    }
}

Task("Clean")
    .Description("Removes build output (bin, obj, artifacts).")
    .Does(() =>
{
    CleanDirectories("./**/bin");
    CleanDirectories("./**/obj");
    if (DirectoryExists("artifacts"))
    {
        DeleteDirectory("artifacts", new DeleteDirectorySettings { Recursive = true, Force = true });
    }
});

Task("Compile")
    .Description("Compiles the site; the source generator reads the seeds and reports PUBnnn diagnostics.")
    .Does(() =>
{
    if (!DirectoryExists(seeds))
    {
        throw new CakeException(2, $"The seeds folder {seeds.FullPath} does not exist.");
    }

    DotNetBuild(siteProject, new DotNetBuildSettings
    {
        Configuration = configuration,
        MSBuildSettings = new DotNetMSBuildSettings().WithProperty("SeedsDirectory", seeds.FullPath),
    });
});

Task("Render")
    .Description("Renders every page and export into a staging folder.")
    .IsDependentOn("Compile")
    .Does(() => RunSite("render", string.Empty));

Task("Index")
    .Description("Builds the Pagefind search index over the rendered pages.")
    .IsDependentOn("Render")
    .Does(() =>
{
    EnsureNodeModules();
    var exit = StartProcess("node_modules/.bin/pagefind", new ProcessSettings { Arguments = $"--site \"{staging.FullPath}\" --quiet" });
    if (exit != 0)
    {
        throw new CakeException(exit, "Pagefind could not index the site.");
    }
});

Task("Build")
    .Description("Builds, indexes, validates and publishes the edition into the output folder.")
    .IsDependentOn("Index")
    .Does(() => RunSite("publish", string.Empty));

Task("Test")
    .Description("Runs every test: generator, site, exports, browser.")
    .Does(() =>
{
    EnsureNodeModules();
    DotNetTest("Publisher.sln", new DotNetTestSettings
    {
        Configuration = configuration,
        Loggers = new[] { "console;verbosity=normal" },
    });
});

Task("Bench")
    .Description("Builds a synthetic edition of --docs=N documents (default 10000) with Publisher and Hugo, checks links against linkchecker, writes artifacts/bench/bench.json.")
    .Does(() =>
{
    var missing = new List<string>();
    foreach (var (path, package) in new[] { ("/usr/bin/hugo", "hugo"), ("/usr/bin/linkchecker", "linkchecker"), ("/usr/bin/time", "time") })
    {
        if (!FileExists(path))
        {
            missing.Add($"{path} (apt-get install {package})");
        }
    }

    if (missing.Count > 0)
    {
        throw new CakeException(2, "The benchmark needs: " + string.Join(", ", missing));
    }

    EnsureNodeModules();
    DotNetBuild("generator/Publisher.Generator.csproj", new DotNetBuildSettings { Configuration = configuration });
    DotNetRestore(siteProject);
    DotNetBuild("bench/Publisher.Bench.csproj", new DotNetBuildSettings { Configuration = configuration });
    var exit = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"bench/bin/{configuration}/net10.0/Publisher.Bench.dll --docs {Argument("docs", 10000)} --subset {Argument("subset", 1000)} --linkcheck-pages {Argument("linkcheck-pages", 100)} --configuration {configuration} --repository \"{MakeAbsolute(Directory(".")).FullPath}\"",
    });
    if (exit != 0)
    {
        throw new CakeException(exit, $"The benchmark failed (exit code {exit}).");
    }
});

RunTarget(target);
