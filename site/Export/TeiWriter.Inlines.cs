using System.Globalization;
using System.Text;
using System.Xml;
using Publisher.Site.Model;

namespace Publisher.Site.Export;

/// <summary>Runs of text: footnotes at their references, page breaks, supplied words, editorial notes, joins, Markdown.</summary>
internal sealed partial class TeiWriter
{
    private void Inlines(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline.Kind)
            {
                case InlineKind.FootnoteRef:
                    FootnoteRef(inline.Text);
                    break;
                case InlineKind.PageBreak:
                    TeiXml.StartInline(Xml, "pb");
                    Xml.WriteAttributeString("n", inline.Text);
                    Xml.WriteEndElement();
                    break;
                case InlineKind.Supplied:
                    TeiXml.StartInline(Xml, "supplied");
                    TeiMarkdown.Write(Xml, inline.Text);
                    Xml.WriteEndElement();
                    break;
                case InlineKind.EditorialNote:
                    TeiXml.StartInline(Xml, "note");
                    Xml.WriteAttributeString("type", "editorial");
                    if (inline.Bracket == "(")
                    {
                        // The parenthetical "(Note: …)" form, kept apart from the bracketed "[NOTE: …]" one.
                        Xml.WriteAttributeString("rend", "parentheses");
                    }

                    TeiMarkdown.Write(Xml, inline.Text);
                    Xml.WriteEndElement();
                    break;
                case InlineKind.Join:
                    // The source split this paragraph in two at a page break of the original; this is where.
                    TeiXml.StartInline(Xml, "milestone");
                    Xml.WriteAttributeString("unit", "paragraph");
                    Xml.WriteAttributeString("type", "rejoined");
                    Xml.WriteEndElement();
                    Xml.WriteString(" ");
                    break;
                default:
                    TeiMarkdown.Write(Xml, inline.Text);
                    break;
            }
        }
    }

    private void FootnoteRef(string text)
    {
        var found = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && _notes.ContainsKey(number);
        if (!found)
        {
            // A reference without a note (PUB002): keep the number, and say the text is not there.
            TeiXml.StartInline(Xml, "note");
            Xml.WriteAttributeString("place", "foot");
            Xml.WriteAttributeString("n", text);
            TeiXml.StartInline(Xml, "gap");
            Xml.WriteAttributeString("reason", "no-note-in-source");
            Xml.WriteEndElement();
            Xml.WriteEndElement();
            return;
        }

        if (!_written.Add(number))
        {
            // A second reference to the same note points at the first rather than repeating it.
            TeiXml.StartInline(Xml, "ptr");
            Xml.WriteAttributeString("type", "footnote");
            Xml.WriteAttributeString("n", text);
            Xml.WriteAttributeString("target", "#fn-" + text);
            Xml.WriteEndElement();
            return;
        }

        Note(_notes[number]);
    }

    private void Note(Footnote note)
    {
        var n = note.Number.ToString(CultureInfo.InvariantCulture);
        TeiXml.StartInline(Xml, "note");
        Xml.WriteAttributeString("xml", "id", null, "fn-" + n);
        Xml.WriteAttributeString("place", "foot");
        Xml.WriteAttributeString("n", n);
        Inlines(note.Inlines);
        Xml.WriteEndElement();
    }
}
