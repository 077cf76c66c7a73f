using Publisher.Site.Output;

namespace Publisher.Site.Building;

/// <summary>
/// A file that describes the rest of the site (the sitemap): built after every <see cref="ISiteSection"/>, from the
/// paths of the files they wrote, so pages other sections add are listed without the index knowing about them.
/// </summary>
public interface IIndexSection
{
    IEnumerable<SiteFile> Build(SiteContext context, IReadOnlyList<string> built);
}
