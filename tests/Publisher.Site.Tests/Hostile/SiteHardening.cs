using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Publisher.Site.Tests.Hostile;

/// <summary>
/// What every page must carry to protect its readers: a Content-Security-Policy that lets only the site's own
/// scripts and styles run (hashes for inline scripts, nothing inline otherwise), a Referrer-Policy, and no request
/// to another site.
/// </summary>
internal static class SiteHardening
{
    private static readonly string[] ReferrerPolicies = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"];

    private static readonly string[] LoadingRels = ["stylesheet", "icon", "preload", "modulepreload", "manifest", "prefetch", "apple-touch-icon", "mask-icon"];

    /// <summary>Every rule the page breaks, each named; empty when the page is hardened.</summary>
    public static List<string> Problems(string page, string html)
    {
        var problems = new List<string>();
        var document = new HtmlParser().ParseDocument(html);
        var policies = document.QuerySelectorAll("meta[http-equiv]").Where(m => string.Equals(m.GetAttribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase)).ToList();
        if (policies.Count != 1 || policies[0].ParentElement != document.Head)
        {
            problems.Add($"{page}: expected one Content-Security-Policy meta tag in <head>, found {policies.Count}");
            return problems;
        }

        var policy = Directives(policies[0].GetAttribute("content") ?? string.Empty);
        problems.AddRange(PolicyProblems(page, policy));

        // A meta policy only governs what follows it: nothing that loads may come before it.
        var first = document.Head!.Children.FirstOrDefault(e => e.LocalName is "script" or "link" or "style");
        if (first is not null && first.CompareDocumentPosition(policies[0]).HasFlag(DocumentPositions.Following))
        {
            problems.Add($"{page}: <{first.LocalName}> comes before the Content-Security-Policy");
        }

        var referrer = document.QuerySelector("meta[name=referrer]")?.GetAttribute("content");
        if (referrer is null || !ReferrerPolicies.Contains(referrer))
        {
            problems.Add($"{page}: Referrer-Policy is '{referrer ?? "missing"}'");
        }

        var scriptSources = policy.GetValueOrDefault("script-src", policy.GetValueOrDefault("default-src", []));
        foreach (var script in document.QuerySelectorAll("script"))
        {
            if (script.GetAttribute("src") is { } src)
            {
                CheckLocal(page, script, src, problems);
            }
            else if (script.GetAttribute("type") is not ("application/json" or "application/ld+json") && !scriptSources.Contains($"'sha256-{Hash(script.TextContent)}'"))
            {
                problems.Add($"{page}: inline <script> without its hash in script-src");
            }
        }

        if (document.QuerySelector("style") is not null || document.QuerySelector("[style]") is { } styled && styled is not null)
        {
            problems.Add($"{page}: inline styles are blocked by style-src 'self'; move them into assets/site.css");
        }

        foreach (var element in document.All)
        {
            foreach (var url in LoadedUrls(element))
            {
                CheckLocal(page, element, url, problems);
            }
        }

        return problems;
    }

    private static IEnumerable<string> PolicyProblems(string page, Dictionary<string, List<string>> policy)
    {
        if (policy.GetValueOrDefault("default-src") is not ["'self'"] and not ["'none'"])
        {
            yield return $"{page}: default-src must be 'self' or 'none'";
        }

        foreach (var directive in new[] { "script-src", "style-src" })
        {
            var sources = policy.GetValueOrDefault(directive, policy.GetValueOrDefault("default-src", []));
            foreach (var source in sources.Where(s => s is not "'self'" and not "'wasm-unsafe-eval'" and not "'none'" && !s.StartsWith("'sha256-", StringComparison.Ordinal)))
            {
                yield return $"{page}: {directive} allows {source}";
            }
        }

        if (policy.GetValueOrDefault("object-src") is not ["'none'"])
        {
            yield return $"{page}: object-src must be 'none'";
        }

        if (!policy.ContainsKey("base-uri"))
        {
            yield return $"{page}: base-uri is not restricted";
        }
    }

    private static IEnumerable<string> LoadedUrls(IElement element)
    {
        var name = element.LocalName;
        if (name is "img" or "source" or "iframe" or "video" or "audio" or "track" or "embed" or "input")
        {
            if (element.GetAttribute("src") is { } src)
            {
                yield return src;
            }

            if (element.GetAttribute("poster") is { } poster)
            {
                yield return poster;
            }

            foreach (var candidate in (element.GetAttribute("srcset") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return candidate.Split(' ', 2)[0];
            }
        }

        if (name == "object" && element.GetAttribute("data") is { } data)
        {
            yield return data;
        }

        if (name == "link" && element.GetAttribute("href") is { } href
            && (element.GetAttribute("rel") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(r => LoadingRels.Contains(r, StringComparer.OrdinalIgnoreCase)))
        {
            yield return href;
        }
    }

    /// <summary>A URL the browser fetches must stay on the site: relative or root-relative, never another host.</summary>
    private static void CheckLocal(string page, IElement element, string url, List<string> problems)
    {
        var trimmed = url.Trim();
        if (trimmed.StartsWith("//", StringComparison.Ordinal) || (Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && absolute.Scheme is not "data" && !trimmed.StartsWith('/')))
        {
            problems.Add($"{page}: <{element.LocalName}> loads {url} from another site");
        }
    }

    private static Dictionary<string, List<string>> Directives(string content) =>
        content.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => parts[0].ToLowerInvariant(), parts => parts.Skip(1).ToList());

    private static string Hash(string script) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
}
