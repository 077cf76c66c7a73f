using System.Net;
using System.Text;
using Publisher.Site.Model;
using Publisher.Site.Rendering;

namespace Publisher.Site.Linking;

/// <summary>
/// Links the mentions of one document's text as it is rendered. Density rule: the first mention of each person
/// and each term in a section (the text under one heading, or the notes) is linked, later ones stay plain text —
/// each part a reader turns to has its names linked, without a page where every other word is a link (a rule per
/// paragraph put 180 links on the memorandum's page). Speaker labels are always linked. Runs are text nodes
/// outside any link (footnote references and page markers are separate runs), so a mention is never inside
/// another link. Cross-references to documents of the edition (<see cref="CrossReferences"/>) are linked too.
/// </summary>
public sealed class MentionLinker
{
    private readonly LinkIndex _index;
    private readonly SiteUrls _urls;
    private readonly string _document;
    private readonly HashSet<string> _linked = new(StringComparer.Ordinal);
    private string _paragraph = string.Empty;

    public MentionLinker(LinkIndex index, SiteUrls urls, string document)
    {
        _index = index;
        _urls = urls;
        _document = document;
    }

    /// <summary>Starts a section (the document, a heading's text, the notes): the density rule counts per section.</summary>
    public void BeginSection() => _linked.Clear();

    /// <summary>Starts a paragraph or note: term senses read its words.</summary>
    public void BeginParagraph(IEnumerable<Inline> inlines) => _paragraph = ParagraphText.Of(inlines);

    /// <summary>The run as HTML with its mentions linked, or null when it has none to link.</summary>
    public string? Render(string text)
    {
        if (!MentionScanner.Scannable(text))
        {
            return null;
        }

        var references = _index.CrossReferences.Find(text).ToList();
        var matches = _index.Mentions.Scan(text)
            .Where(m => !references.Any(r => m.Start < r.Start + r.Length && r.Start < m.Start + m.Length))
            .Select(m => (m.Start, m.Length, Html: (Func<string>)(() => Link(text.Substring(m.Start, m.Length), m.Target))))
            .Concat(references.Select(r => (r.Start, r.Length, Html: (Func<string>)(() => $"<a class=\"cross-reference\" href=\"{_urls.Href(r.Href)}\">{WebUtility.HtmlEncode(text.Substring(r.Start, r.Length))}</a>"))))
            .OrderBy(m => m.Start)
            .ToList();
        if (matches.Count == 0)
        {
            return null;
        }

        var html = new StringBuilder();
        var at = 0;
        foreach (var match in matches)
        {
            html.Append(WebUtility.HtmlEncode(text[at..match.Start]));
            html.Append(match.Html());
            at = match.Start + match.Length;
        }

        return html.Append(WebUtility.HtmlEncode(text[at..])).ToString();
    }

    /// <summary>A speaker label linked to its person's page, the source form kept; a doubtful one is marked.</summary>
    public string Speaker(string label)
    {
        var text = WebUtility.HtmlEncode(label) + ".";
        if (_index.Resolve(_document, label) is not { } resolution || !_index.Persons.TryGetValue(resolution.Person, out var person))
        {
            return text;
        }

        var title = resolution.Doubt is null ? person.Name : $"{person.Name} (doubtful: {resolution.Doubt})";
        var doubt = resolution.Doubt is null ? string.Empty : " data-doubtful=\"true\"";
        return $"<a class=\"person-link\" href=\"{_urls.Href(LinkUrls.Person(person.Id))}\" title=\"{WebUtility.HtmlEncode(title)}\"{doubt}>{text}</a>";
    }

    private string Link(string form, MentionTarget target)
    {
        var encoded = WebUtility.HtmlEncode(form);
        if (target.Kind == MentionKind.Person)
        {
            var person = target.Person!;
            return _linked.Add("p:" + person.Id)
                ? $"<a class=\"mention person\" href=\"{_urls.Href(LinkUrls.Person(person.Id))}\">{encoded}</a>"
                : encoded;
        }

        var sense = TermSenses.Choose(target.Senses, _paragraph);
        if (sense is null)
        {
            var all = string.Join(" or ", target.Senses.Select(s => s.Expansion));
            return $"<abbr class=\"ambiguous\" title=\"{WebUtility.HtmlEncode(all)}\">{encoded}</abbr>";
        }

        if (!_linked.Add("t:" + sense.Id))
        {
            return encoded;
        }

        var inner = form == sense.Term ? $"<abbr title=\"{WebUtility.HtmlEncode(sense.Expansion)}\">{encoded}</abbr>" : encoded;
        return $"<a class=\"mention term\" href=\"{_urls.Href(LinkUrls.Term(sense.Id))}\" title=\"{WebUtility.HtmlEncode(sense.Expansion)}\">{inner}</a>";
    }
}
