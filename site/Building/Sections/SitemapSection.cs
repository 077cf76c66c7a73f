using Publisher.Site.Output;
using Publisher.Site.Rendering;

namespace Publisher.Site.Building.Sections;

/// <summary>
/// <c>sitemap.xml</c> of every page the other sections built (not the 404 page). Each document's page carries the
/// document's date; the other pages the edition's (see <see cref="ContentDates"/>).
/// </summary>
public sealed class SitemapSection : IIndexSection
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public IEnumerable<SiteFile> Build(SiteContext context, IReadOnlyList<string> built)
    {
        var dates = ContentDates.FromEnvironment(context.Documents);
        var documentDates = context.Documents.ToDictionary(d => SiteUrls.Document(d.Id), dates.Of, StringComparer.Ordinal);
        var pages = built
            .Where(p => p == "index.html" || p.EndsWith("/index.html", StringComparison.Ordinal))
            .Select(p => p[..^"index.html".Length])
            .Order(StringComparer.Ordinal)
            .ToList();
        yield return new SiteFile("sitemap.xml", SiteXml.Write(xml =>
        {
            xml.WriteStartElement("urlset", Namespace);
            foreach (var page in pages)
            {
                xml.WriteStartElement("url", Namespace);
                xml.WriteElementString("loc", Namespace, SiteXml.Url(context, page));
                xml.WriteElementString("lastmod", Namespace, ContentDates.Day(documentDates.TryGetValue(page, out var date) ? date : dates.Edition));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }));
    }
}
