using System.Xml;

namespace Publisher.Site.Export;

/// <summary>Element helpers that keep the indenting writer from adding whitespace inside running text.</summary>
internal static class TeiXml
{
    /// <summary>
    /// Starts an element inside running text (<c>note</c>, <c>pb</c>, <c>supplied</c>, <c>roleName</c>…). The empty
    /// text first tells the indenting writer that the parent holds mixed content, so it adds no line break and spaces
    /// before the element, which would become part of the text (<c>&lt;persName&gt;⏎  &lt;roleName&gt;</c>).
    /// </summary>
    public static void StartInline(XmlWriter xml, string name)
    {
        xml.WriteString(string.Empty);
        xml.WriteStartElement(name);
    }

    /// <summary>An element of running text holding only text.</summary>
    public static void Inline(XmlWriter xml, string name, string text)
    {
        StartInline(xml, name);
        xml.WriteString(text);
        xml.WriteEndElement();
    }
}
