using System.Net;
using System.Text;
using Publisher.Site.Model;

namespace Publisher.Site.Rendering;

/// <summary>
/// Renders a document's runs to HTML: footnote references linked both ways, page markers as citable anchors
/// (<c>#page-1041</c>), supplied words and editorial notes marked, text through <see cref="MarkdownText"/>.
/// One instance per document, so anchor ids stay unique on the page.
/// </summary>
public sealed class InlineRenderer
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    /// <summary>Links persons and terms in the text runs, when the site has a link index.</summary>
    public Linking.MentionLinker? Mentions { get; init; }

    public void Render(StringBuilder html, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline.Kind)
            {
                case InlineKind.Text:
                    html.Append(Text(inline.Text));
                    break;
                case InlineKind.FootnoteRef:
                    var refId = UniqueId("fnref-" + inline.Text);
                    html.Append($"<sup class=\"fnref\"><a id=\"{refId}\" href=\"#fn-{Encode(inline.Text)}\" aria-describedby=\"footnotes-label\">{Encode(inline.Text)}</a></sup>");
                    break;
                case InlineKind.PageBreak:
                    html.Append(PageMarker(inline.Text));
                    break;
                case InlineKind.Supplied:
                    html.Append("<span class=\"supplied\" title=\"Supplied by the editors\">[");
                    html.Append(Text(inline.Text));
                    html.Append("]</span>");
                    break;
                case InlineKind.EditorialNote:
                    var close = inline.Bracket == "(" ? ")" : "]";
                    html.Append($"<span class=\"editorial-note\">{Encode(inline.Bracket ?? "[")}");
                    html.Append(Text(inline.Text));
                    html.Append($"{close}</span>");
                    break;
                case InlineKind.Join:
                    html.Append("<span class=\"join\" title=\"The source splits this paragraph across a page break\"> </span>");
                    break;
            }
        }
    }

    /// <summary>A printed page boundary: an anchor readers can cite, announced as "Page 1041".</summary>
    public string PageMarker(string number)
    {
        var id = UniqueId("page-" + number);
        return $"<a class=\"page\" id=\"{id}\" href=\"#{id}\" aria-label=\"Page {Encode(number)}\">p.&#8239;{Encode(number)}</a>";
    }

    /// <summary>The first id asked for is used as is; repeats get <c>-2</c>, <c>-3</c>…</summary>
    public string UniqueId(string id)
    {
        var count = _seen.TryGetValue(id, out var n) ? n + 1 : 1;
        _seen[id] = count;
        return count == 1 ? id : $"{id}-{count}";
    }

    /// <summary>Whether an anchor with this id was written, e.g. whether footnote 3 was referenced.</summary>
    public bool Wrote(string id) => _seen.ContainsKey(id);

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    private string Text(string text) => Mentions?.Render(text) ?? MarkdownText.ToHtml(text);
}
