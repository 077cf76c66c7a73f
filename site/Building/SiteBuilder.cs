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

    /// <summary>Builds every file into memory, sorted by path (tests and small sites).</summary>
    public IReadOnlyList<SiteFile> Build(IReadOnlyList<DocumentEntry> documents)
    {
        var files = new ConcurrentBag<SiteFile>();
        Build(documents, files.Add);
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Builds every file and hands each to <paramref name="write"/> as soon as it is made (from several threads), so
    /// a 10,000-document edition never holds its whole site in memory. Returns the paths written, sorted.
    /// </summary>
    public IReadOnlyList<string> Build(IReadOnlyList<DocumentEntry> documents, Action<SiteFile> write)
    {
        var context = new SiteContext(_options, _edition, documents, _templates);
        context.Site = context.Site with { Navigation = Sections.Select(s => s.Navigation(context)).OfType<Rendering.Views.NavItem>().ToList(), AbsoluteBaseUrl = _options.AbsoluteBaseUrl };
        var paths = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        var duplicates = new ConcurrentBag<string>();
        Parallel.ForEach(Sections, section =>
        {
            foreach (var file in section.Build(context))
            {
                if (paths.TryAdd(file.Path, 0))
                {
                    write(file);
                }
                else
                {
                    duplicates.Add(file.Path);
                }
            }
        });

        if (!duplicates.IsEmpty)
        {
            throw new InvalidOperationException("Two sections wrote the same file: " + string.Join(", ", duplicates.Distinct().Order(StringComparer.Ordinal)));
        }

        var built = paths.Keys.Order(StringComparer.Ordinal).ToList();
        foreach (var file in Indexes.SelectMany(index => index.Build(context, built)))
        {
            write(file);
            built.Add(file.Path);
        }

        return built.Order(StringComparer.Ordinal).ToList();
    }
}
