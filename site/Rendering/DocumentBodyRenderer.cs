using System.Text;
using Publisher.Site.Model;

namespace Publisher.Site.Rendering;

/// <summary>Renders a document's title notes, body and footnotes; speaker turns become one group each.</summary>
public static class DocumentBodyRenderer
{
    public static RenderedBody Render(DocumentContent content, Linking.MentionLinker? mentions = null)
    {
        var inlines = new InlineRenderer { Mentions = mentions };
        var title = new StringBuilder();
        inlines.Render(title, content.TitleNotes);

        var body = new StringBuilder();
        var openTurn = 0;
        mentions?.BeginSection();
        foreach (var block in content.Blocks)
        {
            if (block.Kind == BlockKind.Heading)
            {
                mentions?.BeginSection();
            }

            mentions?.BeginParagraph(block.Inlines);
            if (openTurn != 0 && block.Turn != openTurn)
            {
                body.Append("</div>\n");
                openTurn = 0;
            }

            if (block.Turn != 0 && openTurn == 0)
            {
                body.Append("<div class=\"turn\">\n");
                openTurn = block.Turn;
            }

            switch (block.Kind)
            {
                case BlockKind.Heading:
                    body.Append($"<h2 id=\"{block.Id}\">");
                    inlines.Render(body, block.Inlines);
                    body.Append("</h2>\n");
                    break;
                case BlockKind.PageBreak:
                    body.Append("<p class=\"page-line\">");
                    inlines.Render(body, block.Inlines);
                    body.Append("</p>\n");
                    break;
                case BlockKind.EditorialNote:
                    body.Append($"<p class=\"editorial\" id=\"{block.Id}\">");
                    inlines.Render(body, block.Inlines);
                    body.Append("</p>\n");
                    break;
                default:
                    body.Append($"<p id=\"{block.Id}\">");
                    if (block.Speaker is { } speaker)
                    {
                        body.Append($"<b class=\"speaker\">{mentions?.Speaker(speaker) ?? InlineRenderer.Encode(speaker) + "."}</b> ");
                    }

                    inlines.Render(body, block.Inlines);
                    body.Append($" <a class=\"pilcrow\" href=\"#{block.Id}\" aria-label=\"Link to this paragraph\">¶</a></p>\n");
                    break;
            }
        }

        if (openTurn != 0)
        {
            body.Append("</div>\n");
        }

        body.Insert(0, Contents(content.Blocks));

        var notes = new StringBuilder();
        mentions?.BeginSection();
        foreach (var note in content.Footnotes)
        {
            mentions?.BeginParagraph(note.Inlines);
            notes.Append($"<li id=\"fn-{note.Number}\" value=\"{note.Number}\">");
            inlines.Render(notes, note.Inlines);
            if (inlines.Wrote($"fnref-{note.Number}"))
            {
                notes.Append($" <a class=\"backref\" href=\"#fnref-{note.Number}\" aria-label=\"Back to reference {note.Number}\">↩</a>");
            }

            notes.Append("</li>\n");
        }

        return new RenderedBody(new TrustedHtml(title.ToString()), new TrustedHtml(body.ToString()), new TrustedHtml(notes.ToString()));
    }

    /// <summary>A table of contents of the section headings, each linking to its anchor; none for fewer than two.</summary>
    private static string Contents(IReadOnlyList<Block> blocks)
    {
        var headings = blocks.Where(b => b.Kind == BlockKind.Heading).ToList();
        if (headings.Count < 2)
        {
            return string.Empty;
        }

        var toc = new StringBuilder("<nav class=\"toc\" aria-labelledby=\"toc-label\">\n<h2 id=\"toc-label\">Contents</h2>\n<ol>\n");
        foreach (var heading in headings)
        {
            var text = string.Concat(heading.Inlines.Where(i => i.Kind == InlineKind.Text).Select(i => i.Text)).Trim();
            toc.Append($"<li><a href=\"#{heading.Id}\">{MarkdownText.ToHtml(text)}</a></li>\n");
        }

        return toc.Append("</ol>\n</nav>\n").ToString();
    }
}
