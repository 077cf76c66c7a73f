// Publisher's one entry point for maintainers and CI.
//   dotnet cake                      build the edition from seeds/ into artifacts/site/ and validate it
//   dotnet cake --target=Test        every test
//   dotnet cake --target=Clean       remove build output
//   dotnet cake --target=Fuzz --seconds=N   fuzz the seed parser for N seconds (default 60)
//   dotnet cake --target=Serve       live preview on http://127.0.0.1:5080 (--port=N): rebuilds on change, reloads the page
//   dotnet cake --target=Bench --docs=N   the benchmark against Hugo and linkchecker (default 10000 documents)
// Arguments every target honours: --seeds=DIR, --output=DIR, --base-url=URL, --configuration=Release|Debug;
// --warnings-as-errors makes a seed's PUBnnn warnings fail the build (strict CI).

var target = Argument("target", "Build");
var configuration = Argument("configuration", "Release");
var seeds = MakeAbsolute(Directory(Argument("seeds", "seeds")));
var output = MakeAbsolute(Directory(Argument("output", "artifacts/site")));
var baseUrl = Argument("base-url", "/");
var staging = MakeAbsolute(Directory($"{output.FullPath}.staging"));
var siteProject = File("site/Publisher.Site.csproj");
var siteDll = File($"site/bin/{configuration}/net10.0/Publisher.Site.dll");
var warningsAsErrors = HasArgument("warnings-as-errors") && Argument("warnings-as-errors", "true") != "false";
var port = Argument("port", 5080);
var compileLog = MakeAbsolute(File("artifacts/compile-warnings.log"));
var started = DateTimeOffset.UtcNow;

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
    // Pagefind builds the search index; vnu-jar (the W3C Nu Html Checker) is run by the browser tests.
    if (!FileExists("node_modules/.bin/pagefind") || !FileExists("node_modules/vnu-jar/build/dist/vnu.jar"))
    {
        var exit = StartProcess("npm", new ProcessSettings { Arguments = "ci --no-audit --no-fund" });
        if (exit != 0)
        {
            throw new CakeException(exit, "npm ci failed: Node.js and npm are needed for the search index (Pagefind) and the HTML checker (vnu-jar).");
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

    // Strict mode turns the seeds' warnings into errors in the compile itself (see PublisherStrict in the project);
    // the warnings-only log lets the summary count them.
    EnsureDirectoryExists(compileLog.GetDirectory());
    DotNetBuild(siteProject, new DotNetBuildSettings
    {
        Configuration = configuration,
        MSBuildSettings = new DotNetMSBuildSettings()
            .WithProperty("SeedsDirectory", seeds.FullPath)
            .WithProperty("PublisherStrict", warningsAsErrors ? "true" : "false"),
        ArgumentCustomization = args => args.Append($"-flp:LogFile=\"{compileLog.FullPath}\";WarningsOnly;Verbosity=minimal"),
    });
});

int CompileWarnings() => FileExists(compileLog)
    ? System.IO.File.ReadLines(compileLog.FullPath).Where(l => l.Contains(": warning PUB")).Select(l => l.Split(" [")[0]).Distinct().Count()
    : 0;

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
    .Does(() => RunSite("publish", $"--warnings {CompileWarnings()} --since {started.ToUnixTimeMilliseconds()}"));

Task("Serve")
    .Description("Live preview on http://127.0.0.1:5080 (--port=N): watches seeds and templates, rebuilds, reloads the page.")
    .IsDependentOn("Compile")
    .Does(() =>
{
    var pagefind = string.Empty;
    try
    {
        EnsureNodeModules();
        pagefind = $"--pagefind \"{MakeAbsolute(File("node_modules/.bin/pagefind")).FullPath}\"";
    }
    catch (CakeException exception)
    {
        Warning($"{exception.Message} The preview runs without a search index.");
    }

    // The preview compiles in its own configuration so that a rebuild never overwrites the running server.
    StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"\"{MakeAbsolute(siteDll).FullPath}\" serve --root \"{MakeAbsolute(Directory(".")).FullPath}\" --seeds \"{seeds.FullPath}\" --output \"{output.FullPath}\" --base-url \"{baseUrl}\" --port {port} --configuration {configuration}Preview {pagefind}",
    });
});

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

Task("Fuzz")
    .Description("Fuzzes the seed parser for --seconds=N (default 60), starting from the seeds; crashing inputs land in artifacts/fuzz/.")
    .Does(() =>
{
    var seconds = Argument("seconds", 60);
    var project = File("fuzz/Publisher.Fuzz/Publisher.Fuzz.csproj");
    DotNetBuild(project, new DotNetBuildSettings { Configuration = configuration });
    var fuzzer = MakeAbsolute(File($"fuzz/Publisher.Fuzz/bin/{configuration}/net10.0/Publisher.Fuzz.dll"));
    var findings = MakeAbsolute(Directory("artifacts/fuzz"));
    var exit = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"\"{fuzzer.FullPath}\" --seconds {seconds} --corpus \"{seeds.FullPath}\" --findings \"{findings.FullPath}\"",
    });
    if (exit != 0)
    {
        throw new CakeException(exit, $"The fuzzer found inputs that make the parser throw; they are in {findings.FullPath}.");
    }
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
