using System.Net;
using Markdig;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;

namespace Publisher.Site.Rendering;

/// <summary>
/// Renders the light Markdown a seed's text may carry (bold, italic, hard line breaks) with Markdig, and nothing
/// more: no raw HTML, no links, no lists or headings, so a seed can never inject markup or a <c>javascript:</c> link.
/// </summary>
public static class MarkdownText
{
    private static readonly MarkdownPipeline Pipeline = Build();

    /// <summary>The text as inline HTML. Text without Markdown characters skips Markdig.</summary>
    public static string ToHtml(string text)
    {
        if (text.AsSpan().IndexOfAny("*_\\") < 0 && !text.Contains("  \n", StringComparison.Ordinal))
        {
            return WebUtility.HtmlEncode(text);
        }

        var html = Markdown.ToHtml(text, Pipeline).Trim();
        if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal))
        {
            html = html[3..^4];
        }

        // Keep the spaces Markdig trims at a run's edges: runs sit between notes and page markers.
        var lead = text[..(text.Length - text.TrimStart().Length)];
        var trail = text[text.TrimEnd().Length..];
        return (lead.Length > 0 ? " " : string.Empty) + html + (trail.Length > 0 && !trail.Contains('\n', StringComparison.Ordinal) ? " " : trail.Length > 0 ? "\n" : string.Empty);
    }

    private static MarkdownPipeline Build()
    {
        var builder = new MarkdownPipelineBuilder().DisableHtml();
        builder.BlockParsers.RemoveAll(parser => parser is not ParagraphBlockParser);
        builder.InlineParsers.RemoveAll(parser => parser is not EmphasisInlineParser and not LineBreakInlineParser and not EscapeInlineParser);
        return builder.Build();
    }
}
