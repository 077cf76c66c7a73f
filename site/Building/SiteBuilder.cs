using System.Collections.Concurrent;
using Publisher.Site.Building.Sections;
using Publisher.Site.Model;
using Publisher.Site.Output;
using Publisher.Site.Rendering;

namespace Publisher.Site.Building;

/// <summary>
/// Builds every file of the site in memory, section by section (in parallel): pages through the templates, exports
/// beside each document, and the site files. The result is sorted by path, so the same seeds give the same bytes.
/// </summary>
public sealed class SiteBuilder
{
    private readonly SiteOptions _options;
    private readonly EditionInfo _edition;
    private readonly TemplateSet _templates;

    public SiteBuilder(SiteOptions options, EditionInfo edition)
    {
        _options = options;
        _edition = edition;
        _templates = TemplateSet.Load(options.Templates);
    }

    /// <summary>The sections of the site, in the order of the navigation.</summary>
    public static IReadOnlyList<ISiteSection> Sections { get; } =
    [
        new HomeSection(),
        new DocumentSection(),
        new PersonsSection(),
        new GlossarySection(),
        new ChronologySection(),
        new SearchSection(),
        new AboutSection(),
        new EditionArchiveSection(),
        new SiteFilesSection(),
        new FeedSection(),
    ];

    /// <summary>The files built last, from every other file: the sitemap.</summary>
    public static IReadOnlyList<IIndexSection> Indexes { get; } = [new SitemapSection()];

    public IReadOnlyList<SiteFile> Build(IReadOnlyList<DocumentEntry> documents)
    {
        var context = new SiteContext(_options, _edition, documents, _templates);
        context.Site = context.Site with { Navigation = Sections.Select(s => s.Navigation(context)).OfType<Rendering.Views.NavItem>().ToList(), AbsoluteBaseUrl = _options.AbsoluteBaseUrl };
        var files = new ConcurrentBag<SiteFile>();
        Parallel.ForEach(Sections, section =>
        {
            foreach (var file in section.Build(context))
            {
                files.Add(file);
            }
        });

        var duplicates = files.GroupBy(f => f.Path, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
        {
            throw new InvalidOperationException("Two sections wrote the same file: " + string.Join(", ", duplicates));
        }

        var built = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        return built.Concat(Indexes.SelectMany(index => index.Build(context, built))).OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }
}
