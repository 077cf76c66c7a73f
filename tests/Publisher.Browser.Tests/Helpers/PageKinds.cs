namespace Publisher.Browser.Tests.Helpers;

/// <summary>
/// One page of each kind the built site has: the home page, one document, the search page, about, 404, and — when
/// the edition has them — one person, the person index, glossary, chronology. New kinds are picked up by themselves.
/// </summary>
public static class PageKinds
{
    public static IReadOnlyList<string> Representatives(IEnumerable<string> pages) =>
        pages.GroupBy(Kind, StringComparer.Ordinal).Select(g => g.First()).ToList();

    /// <summary><c>index.html</c> → itself; <c>persons/index.html</c> → <c>persons</c>; <c>persons/x/index.html</c> → <c>persons/*</c>.</summary>
    public static string Kind(string page)
    {
        var segments = page.Split('/');
        return segments.Length switch
        {
            1 => page,
            2 => segments[0],
            _ => segments[0] + "/*",
        };
    }
}
