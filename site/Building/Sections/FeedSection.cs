using Publisher.Site.Output;
using Publisher.Site.Rendering;

namespace Publisher.Site.Building.Sections;

/// <summary>
/// <c>feed.xml</c>: an Atom feed (RFC 4287) with one entry per document, in the edition's order. Ids are the pages'
/// absolute URLs when the base URL is absolute, else stable URNs made of the document ids.
/// </summary>
public sealed class FeedSection : ISiteSection
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public IEnumerable<SiteFile> Build(SiteContext context)
    {
        var dates = ContentDates.FromEnvironment(context.Documents);
        yield return new SiteFile("feed.xml", SiteXml.Write(xml =>
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("title", Atom, context.Edition.Title);
            xml.WriteElementString("id", Atom, Id(context, string.Empty));
            xml.WriteElementString("updated", Atom, ContentDates.Instant(dates.Edition));
            Link(xml, "self", SiteXml.Url(context, "feed.xml"), "application/atom+xml");
            Link(xml, "alternate", SiteXml.Url(context, string.Empty), "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, $"The editors of {context.Edition.Title}");
            xml.WriteEndElement();
            xml.WriteElementString("generator", Atom, "Publisher");
            foreach (var document in context.Documents)
            {
                var page = SiteUrls.Document(document.Id);
                var date = EditionDates.Display(document.Date);
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("title", Atom, document.Title);
                xml.WriteElementString("id", Atom, Id(context, page));
                xml.WriteElementString("updated", Atom, ContentDates.Instant(dates.Of(document)));
                Link(xml, "alternate", SiteXml.Url(context, page), "text/html");
                Link(xml, "alternate", SiteXml.Url(context, SiteUrls.Export(document.Id, "xml")), "application/tei+xml");
                xml.WriteElementString("summary", Atom, date is null ? SiteContext.GenreLabel(document.Genre) : $"{SiteContext.GenreLabel(document.Genre)}, {date}");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }));
    }

    private static string Id(SiteContext context, string page) => context.Options.AbsoluteBaseUrl is { } absolute
        ? absolute + page
        : "urn:publisher:" + (page.Length == 0 ? "edition" : page.TrimEnd('/').Replace('/', ':'));

    private static void Link(System.Xml.XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
