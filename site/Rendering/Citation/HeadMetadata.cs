using System.Net;
using System.Text;
using System.Text.Json;

namespace Publisher.Site.Rendering.Citation;

/// <summary>
/// The head of a document page for reference managers and link previews: Highwire Press <c>citation_*</c> tags
/// (Zotero's one-click save reads them), Dublin Core, OpenGraph, schema.org JSON-LD, and links to the exports.
/// </summary>
public static class HeadMetadata
{
    public static TrustedHtml Build(CitationData data, string description, IReadOnlyList<AlternateLink> alternates)
    {
        var head = new StringBuilder();
        Meta(head, "name", "citation_title", data.Title);
        if (data.Date is { } date)
        {
            Meta(head, "name", "citation_date", date.ToString("yyyy'/'MM'/'dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        Meta(head, "name", "citation_inbook_title", data.EditionTitle);
        Meta(head, "name", "citation_language", "en");
        if (data.IsAbsolute)
        {
            // Harvesters want full addresses; a site built for a bare path leaves them to the page's own URL.
            Meta(head, "name", "citation_abstract_html_url", data.Url);
            Meta(head, "name", "citation_fulltext_html_url", data.Url);
        }

        if (data.Provenance.Archive is { } archive)
        {
            Meta(head, "name", "citation_archive", archive.Trim());
        }

        Meta(head, "name", "DC.title", data.Title);
        Meta(head, "name", "DC.type", "Text");
        Meta(head, "name", "DC.format", "text/html");
        if (data.IsoDate is { } iso)
        {
            Meta(head, "name", "DC.date", iso);
        }

        if (data.IsAbsolute)
        {
            Meta(head, "name", "DC.identifier", data.Url);
        }

        Meta(head, "name", "DC.language", "en");
        Meta(head, "name", "DC.relation.isPartOf", data.EditionTitle);
        if (CitationText.Archive(data) is { } source)
        {
            Meta(head, "name", "DC.source", source);
        }

        Meta(head, "property", "og:type", "article");
        Meta(head, "property", "og:title", data.Title);
        Meta(head, "property", "og:description", description);
        if (data.IsAbsolute)
        {
            Meta(head, "property", "og:url", data.Url);
        }

        Meta(head, "property", "og:site_name", data.EditionTitle);
        Meta(head, "property", "og:locale", "en_US");
        foreach (var alternate in alternates)
        {
            head.Append($"<link rel=\"alternate\" type=\"{E(alternate.MediaType)}\" href=\"{E(alternate.Href)}\" title=\"{E(alternate.Title)}\">\n");
        }

        head.Append("<script type=\"application/ld+json\">");
        head.Append(JsonLd(data, description, alternates));
        head.Append("</script>");
        return new TrustedHtml(head.ToString());
    }

    /// <summary>schema.org: the document as an archive component, part of the edition; the default encoder escapes
    /// <c>&lt;</c>, so nothing in the data can close the script element.</summary>
    public static string JsonLd(CitationData data, string description, IReadOnlyList<AlternateLink> alternates)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "ArchiveComponent");
            json.WriteString("@id", data.Url);
            json.WriteString("url", data.Url);
            json.WriteString("name", data.Title);
            json.WriteString("description", description);
            json.WriteString("genre", data.GenreLabel);
            json.WriteString("inLanguage", "en");
            if (data.IsoDate is { } iso)
            {
                json.WriteString("dateCreated", iso);
            }

            if (data.Number is { } number)
            {
                json.WriteString("position", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (CitationText.Translator(data) is { } translator)
            {
                json.WriteStartObject("translator");
                json.WriteString("@type", "Person");
                json.WriteString("name", translator);
                json.WriteEndObject();
            }

            json.WriteStartObject("isPartOf");
            json.WriteString("@type", "Collection");
            json.WriteString("name", data.EditionTitle);
            json.WriteEndObject();
            if (!string.IsNullOrWhiteSpace(data.Provenance.Archive))
            {
                json.WriteStartObject("holdingArchive");
                json.WriteString("@type", "ArchiveOrganization");
                json.WriteString("name", data.Provenance.Archive.Trim());
                json.WriteEndObject();
            }

            json.WriteStartArray("encoding");
            foreach (var alternate in alternates)
            {
                json.WriteStartObject();
                json.WriteString("@type", "MediaObject");
                json.WriteString("encodingFormat", alternate.MediaType);
                json.WriteString("contentUrl", alternate.Href);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Meta(StringBuilder head, string attribute, string name, string content) =>
        head.Append($"<meta {attribute}=\"{name}\" content=\"{E(content.Trim())}\">\n");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
