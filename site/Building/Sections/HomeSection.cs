using Markdig;
using Publisher.Site.Output;
using Publisher.Site.Rendering;
using Publisher.Site.Rendering.Views;

namespace Publisher.Site.Building.Sections;

/// <summary>The home page: the edition's title, its introduction, the documents oldest first.</summary>
public sealed class HomeSection : ISiteSection
{
    private static readonly MarkdownPipeline EditorialMarkdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    public NavItem? Navigation(SiteContext context) => new("Documents", context.Urls.Href(string.Empty));

    public IEnumerable<SiteFile> Build(SiteContext context)
    {
        var intro = new TrustedHtml(Markdown.ToHtml(context.Edition.IntroductionMarkdown, EditorialMarkdown));
        var view = new HomeView(context.Edition.Title, intro, context.Documents.Select(context.Link).ToList());
        var page = new PageView(context.Edition.Title, $"{context.Edition.Title}: {context.Documents.Count} documents", string.Empty) { Section = "Documents" };
        yield return SiteFile.Text("index.html", context.Page("home", view, page));
    }
}
