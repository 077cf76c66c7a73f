using System.Text.RegularExpressions;
using System.Xml.Linq;
using Publisher.Site.Export;
using Publisher.Site.Model;
using Publisher.Site.Tests.Helpers;

namespace Publisher.Site.Tests.Export;

/// <summary>The TEI export of one seed of the edition, parsed, with the queries the tests share.</summary>
internal sealed partial class TeiDocument
{
    public static readonly XNamespace Tei = "http://www.tei-c.org/ns/1.0";
    public static readonly XNamespace Xml = XNamespace.Xml;

    private TeiDocument(string id)
    {
        var document = Edition.Documents.Single(d => d.Id == id);
        Text = TeiExporter.Export(document, "Test edition");
        Root = XDocument.Parse(Text, LoadOptions.PreserveWhitespace).Root!;
    }

    public string Text { get; }

    public XElement Root { get; }

    public XElement Body => Root.Element(Tei + "text")!.Element(Tei + "body")!;

    public static TeiDocument Of(string id) => new(id);

    public IEnumerable<XElement> All(string name) => Root.Descendants(Tei + name);

    /// <summary>The element with this <c>xml:id</c>, or null.</summary>
    public XElement? ById(string id) => Root.Descendants().SingleOrDefault(e => (string?)e.Attribute(Xml + "id") == id);

    /// <summary>An element's text with runs of white space made one space.</summary>
    public static string Flat(XElement element) => Space().Replace(element.Value, " ").Trim();

    public static string Flat(string text) => Space().Replace(text, " ").Trim();

    /// <summary>
    /// The body's text in reading order, each footnote written as its number only (as the reference reads in the
    /// source) and each page break as <c>⟦N⟧</c>, to find what stands either side of a break.
    /// </summary>
    public string ReadingText()
    {
        var text = new System.Text.StringBuilder();
        Walk(Body, text);
        return Flat(text.ToString());
    }

    private static void Walk(XElement element, System.Text.StringBuilder text)
    {
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText run:
                    text.Append(run.Value);
                    break;
                case XElement { Name.LocalName: "pb" } pb:
                    text.Append(" ⟦").Append((string?)pb.Attribute("n")).Append("⟧ ");
                    break;
                case XElement { Name.LocalName: "note" } note when (string?)note.Attribute("place") == "foot":
                    text.Append((string?)note.Attribute("n")).Append(' ');
                    break;
                case XElement child:
                    text.Append(' ');
                    Walk(child, text);
                    text.Append(' ');
                    break;
            }
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
