using Publisher.Site.Export;
using Publisher.Site.Output;

namespace Publisher.Site.Building.Sections;

/// <summary>The files around the pages: edition.json, robots.txt, .nojekyll, the template's assets.</summary>
public sealed class SiteFilesSection : ISiteSection
{
    public IEnumerable<SiteFile> Build(SiteContext context)
    {
        yield return SiteFile.Text("edition.json", EditionJsonExporter.Export(context.Edition.Title, context.Options.BaseUrl, context.Documents, context.Links));
        yield return SiteFile.Text(".nojekyll", string.Empty);
        yield return SiteFile.Text("robots.txt", "User-agent: *\nAllow: /\n" + (context.Options.AbsoluteBaseUrl is { } absolute ? $"Sitemap: {absolute}sitemap.xml\n" : string.Empty));
        foreach (var asset in Directory.EnumerateFiles(Path.Combine(context.Options.Templates, "assets")).Order(StringComparer.Ordinal))
        {
            yield return new SiteFile("assets/" + Path.GetFileName(asset), File.ReadAllBytes(asset));
        }
    }
}
