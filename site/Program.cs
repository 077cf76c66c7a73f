using System.Diagnostics;
using Publisher.Site.Building;
using Publisher.Site.Model;
using Publisher.Site.Output;
using Publisher.Site.Rendering;
using Publisher.Site.Serving;
using Publisher.Site.Validation;

// Publisher.Site: renders the typed edition the generator compiled in, then validates and publishes it.
//   render  --staging DIR [--base-url URL] [--templates DIR]   build every file into a fresh staging folder
//   publish --staging DIR --output DIR [--base-url URL]        validate the staging folder, then publish it
//           [--warnings N] [--since UNIX-MS]                   what the end-of-build summary reports (Cake passes them)
//   build   --output DIR [--base-url URL]                      both, without a search index
//   serve   --output DIR [--port N] [--seeds DIR] [--templates DIR] [--root DIR] [--configuration C] [--pagefind FILE]
//           live preview: rebuild on change (recompiling with the seeds), serve on 127.0.0.1, reload open pages
CommandLine command;
try
{
    command = CommandLine.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine($"error: {exception.Message}");
    return ExitCodes.Usage;
}

var output = Path.GetFullPath(command.Get("output", Path.Combine("artifacts", "site")));
var staging = Path.GetFullPath(command.Get("staging", Path.Combine(Path.GetDirectoryName(output) ?? output, "." + Path.GetFileName(output) + ".staging")));
var options = new SiteOptions(output, command.Get("base-url", "/"), Path.GetFullPath(command.Get("templates", Path.Combine(AppContext.BaseDirectory, "templates"))));

try
{
    return command.Verb switch
    {
        "render" => Render(),
        "publish" => Publish(),
        "build" => Render() is var rendered && rendered != ExitCodes.Success ? rendered : Publish(),
        "serve" => Serve(),
        _ => Usage(),
    };
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine($"error: {exception.Message}");
    return ExitCodes.Usage;
}
catch (PublishException exception)
{
    Console.Error.WriteLine($"error PUB100: {exception.Message}");
    return ExitCodes.OutputRefused;
}
catch (TemplateException exception)
{
    Console.Error.WriteLine($"error PUB101: {exception.Message}");
    return ExitCodes.BuildFailed;
}

int Render()
{
    if (OutputFolder.Refusal(output) is { } refusal)
    {
        throw new PublishException(refusal);
    }

    var clock = Stopwatch.StartNew();
    Console.WriteLine($"Rendering {Edition.Documents.Count} documents…");
    var builder = new SiteBuilder(options, EditionInfo.From(Edition.IntroductionMarkdown));
    var folder = StagingWriter.Prepare(staging);
    IReadOnlyList<string> files;
    using (StepProgress.Start("rendering"))
    {
        files = folder.WriteWhile(write => builder.Build(Edition.Documents, write));
    }

    Console.WriteLine($"Rendered {Edition.Documents.Count} documents into {files.Count} files in {clock.ElapsedMilliseconds} ms.");
    return ExitCodes.Success;
}

int Publish()
{
    // Refuse before validating, so a wrong --output or a missing staging folder is an error, not a crash.
    if (OutputFolder.Refusal(output) is { } refusal)
    {
        throw new PublishException(refusal);
    }

    if (!Directory.Exists(staging))
    {
        throw new PublishException($"the staging folder {staging} does not exist; run render first");
    }

    var clock = Stopwatch.StartNew();
    Console.WriteLine($"Validating every page of {staging}…");
    var validator = new LinkValidator(staging, options.BasePath, options.AbsoluteBaseUrl);
    IReadOnlyList<LinkProblem> problems;
    using (StepProgress.Start("validating links"))
    {
        problems = validator.Validate();
    }

    foreach (var problem in problems)
    {
        Console.Error.WriteLine($"error PUB200: {problem}");
    }

    if (problems.Count > 0)
    {
        Console.Error.WriteLine($"Build failed: {problems.Count} broken link(s) or id(s); {output} was left as it was.");
        return ExitCodes.BuildFailed;
    }

    var validated = clock.ElapsedMilliseconds;
    var result = SiteSync.Publish(staging, output);
    if (Directory.Exists(staging))
    {
        Directory.Delete(staging, recursive: true);
    }

    // The benchmark (bench/Running/PublisherRunner.cs) reads this line and the next.
    Console.WriteLine($"Checked {validator.LinksChecked} links on {validator.PagesChecked} pages in {validated} ms: all valid.");
    Console.WriteLine($"Published {output}: {result.Written} written, {result.Unchanged} unchanged, {result.Removed} removed in {clock.ElapsedMilliseconds - validated} ms.");
    Console.WriteLine(BuildSummary.Line(Edition.Documents.Count, validator.PagesChecked, validator.LinksChecked, command.Get("warnings", "0"), command.Get("since", string.Empty), clock.Elapsed));
    return ExitCodes.Success;
}

int Serve()
{
    var root = Path.GetFullPath(command.Get("root", "."));
    var preview = new PreviewOptions(
        Path.GetFullPath(command.Get("project", Path.Combine(root, "site", "Publisher.Site.csproj"))),
        command.Get("configuration", "Preview"),
        Path.GetFullPath(command.Get("seeds", Path.Combine(root, "seeds"))),
        Path.GetFullPath(command.Get("templates", Path.Combine(root, "templates"))),
        output,
        options.BaseUrl,
        int.TryParse(command.Get("port", "5080"), out var port) && port is > 0 and < 65536 ? port : throw new ArgumentException("--port needs a number from 1 to 65535"))
    {
        Pagefind = command.Get("pagefind", string.Empty) is { Length: > 0 } pagefind ? Path.GetFullPath(pagefind) : null,
    };
    using var stop = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        stop.Cancel();
    };
    return PreviewLoop.Run(preview, stop.Token);
}

int Usage()
{
    Console.Error.WriteLine("usage: Publisher.Site (render|publish|build|serve) [--output DIR] [--staging DIR] [--base-url URL] [--templates DIR]");
    return ExitCodes.Usage;
}
