using System.Xml;
using Markdig;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Publisher.Site.Export;

/// <summary>
/// Writes the light Markdown a seed's text may carry as TEI: <c>**bold**</c> and <c>*italic*</c> become
/// <c>&lt;hi rend="…"&gt;</c>, a hard line break <c>&lt;lb/&gt;</c>. Markdig parses, with the same narrow pipeline the
/// HTML side uses (emphasis, line breaks, escapes only), so both outputs read the Markdown the same way.
/// </summary>
internal static class TeiMarkdown
{
    private static readonly MarkdownPipeline Pipeline = Build();

    public static void Write(XmlWriter xml, string text)
    {
        if (text.AsSpan().IndexOfAny("*_\\") < 0 && !text.Contains("  \n", StringComparison.Ordinal))
        {
            xml.WriteString(text);
            return;
        }

        // Markdig trims a paragraph's edges; runs sit between notes and page breaks, so their edge spaces matter.
        var lead = text.Length - text.TrimStart().Length;
        var trail = text.Length - text.TrimEnd().Length;
        if (lead > 0)
        {
            xml.WriteString(" ");
        }

        var document = Markdown.Parse(text, Pipeline);
        var first = true;
        foreach (var paragraph in document.OfType<ParagraphBlock>())
        {
            if (!first)
            {
                xml.WriteString(" ");
            }

            first = false;
            if (paragraph.Inline is { } inline)
            {
                Children(xml, inline);
            }
        }

        if (trail > 0 && lead + trail < text.Length)
        {
            xml.WriteString(" ");
        }
    }

    private static void Children(XmlWriter xml, ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case EmphasisInline emphasis:
                    TeiXml.StartInline(xml, "hi");
                    xml.WriteAttributeString("rend", emphasis.DelimiterCount >= 2 ? "bold" : "italic");
                    Children(xml, emphasis);
                    xml.WriteEndElement();
                    break;
                case LineBreakInline { IsHard: true }:
                    TeiXml.StartInline(xml, "lb");
                    xml.WriteEndElement();
                    break;
                case LineBreakInline:
                    xml.WriteString("\n");
                    break;
                case LiteralInline literal:
                    xml.WriteString(literal.Content.ToString());
                    break;
                case ContainerInline nested:
                    Children(xml, nested);
                    break;
                default:
                    xml.WriteString(inline.ToString() ?? string.Empty);
                    break;
            }
        }
    }

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder().DisableHtml();
        builder.BlockParsers.RemoveAll(parser => parser is not ParagraphBlockParser);
        builder.InlineParsers.RemoveAll(parser => parser is not EmphasisInlineParser and not LineBreakInlineParser and not EscapeInlineParser);
        return builder.Build();
    }
}
