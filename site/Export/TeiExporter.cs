using System.Globalization;
using System.Text;
using System.Xml;
using Publisher.Site.Model;
using Publisher.Site.Rendering;

namespace Publisher.Site.Export;

/// <summary>
/// The document as TEI P5: header with title, date (<c>creation/date/@when</c>), provenance and participants;
/// body with <c>head</c>, <c>p</c>, <c>sp</c>, <c>pb</c>, footnotes at their references, supplied words and notes.
/// </summary>
public static class TeiExporter
{
    private const string Tei = "http://www.tei-c.org/ns/1.0";

    public static string Export(DocumentEntry document, string editionTitle)
    {
        var output = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false };
        using (var xml = XmlWriter.Create(new StringWriter(output, CultureInfo.InvariantCulture), settings))
        {
            var writer = new TeiWriter(xml, document);
            xml.WriteStartDocument();
            xml.WriteStartElement("TEI", Tei);
            xml.WriteAttributeString("xml", "id", null, "d-" + document.Id);
            WriteHeader(writer, document, editionTitle);
            xml.WriteStartElement("text");
            xml.WriteStartElement("body");
            writer.Body();
            xml.WriteEndElement();
            writer.Back();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        // XmlWriter declares UTF-16 when writing to a string; the file is UTF-8.
        return output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"UTF-8\"", StringComparison.Ordinal) + "\n";
    }

    private static void WriteHeader(TeiWriter writer, DocumentEntry document, string editionTitle)
    {
        var xml = writer.Xml;
        var content = writer.Content;
        xml.WriteStartElement("teiHeader");
        xml.WriteStartElement("fileDesc");
        xml.WriteStartElement("titleStmt");
        xml.WriteElementString("title", document.Title);
        foreach (var subject in content.Subjects)
        {
            WriteOptional(xml, "title", "sub", subject);
        }

        xml.WriteEndElement();
        xml.WriteStartElement("publicationStmt");
        xml.WriteElementString("publisher", editionTitle);
        xml.WriteElementString("idno", document.Id);
        xml.WriteEndElement();
        xml.WriteStartElement("sourceDesc");
        xml.WriteStartElement("bibl");
        if (document.Number is { } number)
        {
            xml.WriteStartElement("idno");
            xml.WriteAttributeString("type", "document-number");
            xml.WriteString(number.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        xml.WriteElementString("title", document.Title);
        var provenance = content.Provenance;
        WriteOptional(xml, "orgName", "archive", provenance.Archive);
        WriteOptional(xml, "idno", "file", provenance.File);
        WriteOptional(xml, "note", "classification", provenance.Classification);
        if (provenance.Drafter is { } drafter)
        {
            xml.WriteStartElement("respStmt");
            xml.WriteElementString("resp", "drafted by");
            xml.WriteElementString("name", drafter);
            xml.WriteEndElement();
        }

        if (provenance.Translator is { } translator)
        {
            xml.WriteStartElement("respStmt");
            xml.WriteElementString("resp", "translated by");
            xml.WriteElementString("name", translator);
            xml.WriteEndElement();
        }

        WriteOptional(xml, "publisher", null, provenance.Publisher);
        WriteOptional(xml, "note", "source", provenance.Statement);
        WriteOptional(xml, "idno", "seed", document.Source);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();

        WriteEncoding(xml);
        xml.WriteStartElement("profileDesc");
        xml.WriteStartElement("creation");
        xml.WriteStartElement("date");
        if (document.Date is { } date)
        {
            xml.WriteAttributeString("when", EditionDates.Iso(date));
        }

        xml.WriteString(content.DateLine ?? string.Empty);
        xml.WriteEndElement();
        if (content.Place is { } place)
        {
            xml.WriteElementString("placeName", place);
        }

        xml.WriteEndElement();
        TeiParticipants.Write(xml, content, writer.Persons);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>How the transcript's conventions are encoded, for readers of the TEI who never see the seed.</summary>
    private static void WriteEncoding(XmlWriter xml)
    {
        xml.WriteStartElement("encodingDesc");
        xml.WriteStartElement("editorialDecl");
        foreach (var statement in EditorialStatements)
        {
            xml.WriteElementString("p", statement);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static readonly string[] EditorialStatements =
    [
        "Transcribed from a plain-text source; spelling, typography and anomalies are kept as written.",
        "Page markers of the printed source ([Page N]) are pb elements where the markers stood.",
        "Words the editors supplied in square brackets are supplied elements; [NOTE: …] and (Note: …) are notes of type editorial.",
        "A paragraph the source splits at a page break of the original (no final punctuation, next part in lower case) is one p; a milestone of unit paragraph and type rejoined marks the join.",
        "Footnotes stand at their references; a note the text never cites is kept in the back matter.",
    ];

    private static void WriteOptional(XmlWriter xml, string element, string? type, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement(element);
        if (type is not null)
        {
            xml.WriteAttributeString("type", type);
        }

        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
