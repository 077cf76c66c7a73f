using Publisher.Site.Building;
using Publisher.Site.Model;
using Publisher.Site.Output;

namespace Publisher.Site.Tests.Helpers;

/// <summary>The edition of the repository's seeds, rendered once into a temporary folder for the tests to read.</summary>
public sealed class BuiltSite : IDisposable
{
    public BuiltSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "publisher-tests-" + Guid.NewGuid().ToString("N"));
        Files = Build(Root, "/");
    }

    public string Root { get; }

    public IReadOnlyList<SiteFile> Files { get; }

    public static string Templates => Path.Combine(AppContext.BaseDirectory, "templates");

    public static IReadOnlyList<SiteFile> Build(string root, string baseUrl)
    {
        var options = new SiteOptions(root, baseUrl, Templates);
        var files = new SiteBuilder(options, EditionInfo.From(Edition.IntroductionMarkdown)).Build(Edition.Documents);
        StagingWriter.Write(root, files);
        return files;
    }

    public string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
