using Publisher.Site.Output;
using Publisher.Site.Rendering.Views;

namespace Publisher.Site.Building;

/// <summary>
/// One part of the site (the documents, the home page, the site files…). Each section builds its own files from
/// the shared <see cref="SiteContext"/>; sections are listed once, in <see cref="SiteBuilder.Sections"/>.
/// </summary>
public interface ISiteSection
{
    /// <summary>The entry this section adds to the site navigation, if any.</summary>
    NavItem? Navigation(SiteContext context) => null;

    IEnumerable<SiteFile> Build(SiteContext context);
}
