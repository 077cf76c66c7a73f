using System.Diagnostics;
using Publisher.Site.Building;
using Publisher.Site.Model;
using Publisher.Site.Output;
using Publisher.Site.Rendering;
using Publisher.Site.Validation;

// Publisher.Site: renders the typed edition the generator compiled in, then validates and publishes it.
//   render  --staging DIR [--base-url URL] [--templates DIR]   build every file into a fresh staging folder
//   publish --staging DIR --output DIR [--base-url URL]        validate the staging folder, then publish it
//   build   --output DIR [--base-url URL]                      both, without a search index
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
var staging = Path.GetFullPath(command.Get("staging", Path.Combine(Path.GetDirectoryName(output)!, "." + Path.GetFileName(output) + ".staging")));
var options = new SiteOptions(output, command.Get("base-url", "/"), Path.GetFullPath(command.Get("templates", Path.Combine(AppContext.BaseDirectory, "templates"))));

try
{
    return command.Verb switch
    {
        "render" => Render(),
        "publish" => Publish(),
        "build" => Render() is var rendered && rendered != ExitCodes.Success ? rendered : Publish(),
        _ => Usage(),
    };
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
    var builder = new SiteBuilder(options, EditionInfo.From(Edition.IntroductionMarkdown));
    var files = builder.Build(Edition.Documents);
    var rendered = clock.ElapsedMilliseconds;
    StagingWriter.Write(staging, files);
    // The benchmark (bench/) reads these two figures apart: rendering in memory, then writing the staging folder.
    Console.WriteLine($"Rendered {Edition.Documents.Count} documents into {files.Count} files in {rendered} ms; wrote them in {clock.ElapsedMilliseconds - rendered} ms.");
    return ExitCodes.Success;
}

int Publish()
{
    var clock = Stopwatch.StartNew();
    var validator = new LinkValidator(staging, options.BasePath, options.AbsoluteBaseUrl);
    var problems = validator.Validate();
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
    Directory.Delete(staging, recursive: true);
    Console.WriteLine($"Checked {validator.LinksChecked} links on {validator.PagesChecked} pages in {validated} ms: all valid.");
    Console.WriteLine($"Published {output}: {result.Written} written, {result.Unchanged} unchanged, {result.Removed} removed in {clock.ElapsedMilliseconds - validated} ms.");
    return ExitCodes.Success;
}

int Usage()
{
    Console.Error.WriteLine("usage: Publisher.Site (render|publish|build) [--output DIR] [--staging DIR] [--base-url URL] [--templates DIR]");
    return ExitCodes.Usage;
}
