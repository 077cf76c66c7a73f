using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Publisher.Site.Validation;

/// <summary>
/// Proves every link of a built site: each page is parsed with AngleSharp; every <c>href</c>, <c>src</c> and
/// <c>srcset</c> must reach a file of the site under the base path, every <c>#fragment</c> an id on its target
/// page; ids must be unique and no link may be a <c>javascript:</c> URL.
/// </summary>
public sealed partial class LinkValidator
{
    private static readonly Uri SiteOrigin = new("https://site.invalid/");

    private static readonly char[] UrlTrimmed = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];

    private readonly string _root;
    private readonly string _basePath;
    private readonly Uri _origin;

    /// <param name="root">The folder holding the built site.</param>
    /// <param name="basePath">The path the site is served under, <c>/</c> or <c>/my-edition/</c>.</param>
    /// <param name="absoluteBaseUrl">The absolute base URL, when links may spell it out (canonical links).</param>
    public LinkValidator(string root, string basePath, string? absoluteBaseUrl = null)
    {
        _root = Path.GetFullPath(root);
        _basePath = basePath;
        _origin = absoluteBaseUrl is null ? SiteOrigin : new Uri(new Uri(absoluteBaseUrl).GetLeftPart(UriPartial.Authority) + "/");
    }

    public int LinksChecked { get; private set; }

    public int PagesChecked { get; private set; }

    public IReadOnlyList<LinkProblem> Validate()
    {
        var pages = new ConcurrentDictionary<string, PageLinks>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(_root, "*.html", SearchOption.AllDirectories).ToList();
        Parallel.ForEach(files, () => new HtmlParser(), (file, _, parser) =>
        {
            var relative = Path.GetRelativePath(_root, file).Replace('\\', '/');
            pages[relative] = Read(parser, relative, File.ReadAllText(file));
            return parser;
        }, _ => { });

        var problems = new ConcurrentBag<LinkProblem>();
        var links = 0;
        Parallel.ForEach(pages.Values, page =>
        {
            foreach (var problem in page.Problems)
            {
                problems.Add(problem);
            }

            foreach (var (element, url) in page.Links)
            {
                Interlocked.Increment(ref links);
                if (Check(page.Path, url, pages) is { } message)
                {
                    problems.Add(new LinkProblem(page.Path, element, message));
                }
            }
        });

        LinksChecked = links;
        PagesChecked = pages.Count;
        return problems.OrderBy(p => p.Page, StringComparer.Ordinal).ThenBy(p => p.Element, StringComparer.Ordinal).ToList();
    }

    private static PageLinks Read(HtmlParser parser, string path, string html)
    {
        var document = parser.ParseDocument(html);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var problems = new List<LinkProblem>();
        foreach (var element in document.QuerySelectorAll("[id]"))
        {
            if (!ids.Add(element.Id!))
            {
                problems.Add(new LinkProblem(path, Describe(element.LocalName, "id", element.Id!), "duplicate id"));
            }
        }

        foreach (var anchor in document.QuerySelectorAll("a[name]"))
        {
            ids.Add(anchor.GetAttribute("name")!);
        }

        var links = new List<(string, string)>();
        foreach (var element in document.QuerySelectorAll("[href], [src], [srcset]"))
        {
            foreach (var attribute in new[] { "href", "src" })
            {
                if (element.GetAttribute(attribute) is { } value)
                {
                    links.Add((Describe(element.LocalName, attribute, value), value));
                }
            }

            if (element.GetAttribute("srcset") is { } srcset)
            {
                foreach (var url in SrcsetUrls(srcset))
                {
                    links.Add((Describe(element.LocalName, "srcset", srcset), url));
                }
            }
        }

        return new PageLinks(path, ids, links, problems);
    }

    private string? Check(string page, string url, IReadOnlyDictionary<string, PageLinks> pages)
    {
        // As browsers read a URL: leading and trailing controls and spaces dropped, tabs and newlines removed anywhere
        // (so "java&#9;script:" is javascript: too).
        var trimmed = new string([.. url.Trim(UrlTrimmed).Where(c => c is not ('\t' or '\n' or '\r'))]);
        if (Scheme().Match(trimmed) is { Success: true } scheme)
        {
            var name = scheme.Groups[1].Value.ToLowerInvariant();
            if (name is "mailto" or "tel" or "data")
            {
                return null;
            }

            if (name is not ("http" or "https"))
            {
                return $"{name}: URLs are not allowed";
            }
        }

        var pageUrl = new Uri(_origin, _basePath + page);
        if (!Uri.TryCreate(pageUrl, trimmed, out var target))
        {
            return $"'{url}' is not a valid URL";
        }

        if (target.Scheme is not ("http" or "https") || !string.Equals(target.Authority, _origin.Authority, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var path = Uri.UnescapeDataString(target.AbsolutePath);
        if (path + "/" == _basePath)
        {
            // "/my-edition" names the edition's root: servers answer it with a redirect to "/my-edition/".
            path = _basePath;
        }

        if (!path.StartsWith(_basePath, StringComparison.Ordinal))
        {
            return $"'{url}' leads outside the site's base path {_basePath}";
        }

        var relative = path[_basePath.Length..];
        var file = ResolveFile(relative);
        if (file is null)
        {
            return $"target '{url}' does not exist";
        }

        if (target.Fragment.Length <= 1)
        {
            return null;
        }

        var fragment = Uri.UnescapeDataString(target.Fragment[1..]);
        if (!file.EndsWith(".html", StringComparison.Ordinal))
        {
            return null;
        }

        return pages.TryGetValue(file, out var targetPage) && targetPage.Ids.Contains(fragment)
            ? null
            : $"fragment '#{fragment}' of '{url}' names no id on {file}";
    }

    /// <summary>The site file a path names: itself, or the folder's index.html; null when there is none.</summary>
    private string? ResolveFile(string relative)
    {
        if (relative.Contains('\0', StringComparison.Ordinal))
        {
            return null;
        }

        var candidates = relative.Length == 0 || relative.EndsWith('/')
            ? new[] { relative + "index.html" }
            : new[] { relative, relative + "/index.html" };
        foreach (var candidate in candidates)
        {
            var full = Path.GetFullPath(Path.Combine(_root, candidate));
            if (full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// The URLs of a <c>srcset</c>, read as the HTML standard reads it: a URL runs to the next whitespace (so a
    /// <c>data:</c> URL keeps its comma), trailing commas end a candidate, descriptors follow up to the next comma.
    /// </summary>
    internal static IEnumerable<string> SrcsetUrls(string srcset)
    {
        var position = 0;
        while (position < srcset.Length)
        {
            while (position < srcset.Length && (char.IsWhiteSpace(srcset[position]) || srcset[position] == ','))
            {
                position++;
            }

            var start = position;
            while (position < srcset.Length && !char.IsWhiteSpace(srcset[position]))
            {
                position++;
            }

            var url = srcset[start..position];
            if (url.EndsWith(','))
            {
                url = url.TrimEnd(',');
            }
            else
            {
                var depth = 0;
                while (position < srcset.Length && (depth > 0 || srcset[position] != ','))
                {
                    depth += srcset[position] == '(' ? 1 : srcset[position] == ')' ? -1 : 0;
                    position++;
                }
            }

            if (url.Length > 0)
            {
                yield return url;
            }
        }
    }

    private static string Describe(string element, string attribute, string value) => $"<{element} {attribute}=\"{value}\">";

    [GeneratedRegex("^([a-zA-Z][a-zA-Z0-9+.-]*):")]
    private static partial Regex Scheme();
}
