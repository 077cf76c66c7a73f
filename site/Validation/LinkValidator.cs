using System.Collections.Concurrent;
using AngleSharp.Html.Parser;

namespace Publisher.Site.Validation;

/// <summary>
/// Proves every link of a built site: each page is parsed with AngleSharp; every <c>href</c>, <c>src</c> and
/// <c>srcset</c> must reach a file of the site under the base path, every <c>#fragment</c> an id on its target
/// page; ids must be unique and no link may be a <c>javascript:</c> URL.
/// </summary>
public sealed class LinkValidator
{
    private static readonly Uri SiteOrigin = new("https://site.invalid/");

    private readonly string _root;
    private readonly string _basePath;
    private readonly Uri _origin;

    // Every file of the site, listed once: checking a link looks here instead of asking the file system again
    // (a 10,000-document edition has a quarter of a million links).
    private HashSet<string> _files = new(StringComparer.Ordinal);

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
        _files = Directory.EnumerateFiles(_root, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(_root, file).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
        var files = _files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Select(f => Path.Combine(_root, f)).ToList();
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
                foreach (var candidate in srcset.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    var url = candidate.Split(' ', 2)[0];
                    links.Add((Describe(element.LocalName, "srcset", srcset), url));
                }
            }
        }

        return new PageLinks(path, ids, links, problems);
    }

    private string? Check(string page, string url, IReadOnlyDictionary<string, PageLinks> pages)
    {
        var trimmed = url.Trim();
        if (trimmed.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            return "javascript: URLs are not allowed";
        }

        if (trimmed.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("tel:", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
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
            if (full.StartsWith(_root, StringComparison.Ordinal) && _files.Contains(Path.GetRelativePath(_root, full).Replace('\\', '/')))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string Describe(string element, string attribute, string value) => $"<{element} {attribute}=\"{value}\">";
}
