using System.Globalization;

namespace Publisher.Site.Building;

/// <summary>The last line of a build: what was built and checked, how many warnings the compile gave, how long it took.</summary>
public static class BuildSummary
{
    /// <param name="warnings">The compile's PUB warnings, counted by the caller (the site tool does not compile).</param>
    /// <param name="since">When the whole build started, in Unix milliseconds; empty to report this step's time.</param>
    public static string Line(int documents, int pages, int links, string warnings, string since, TimeSpan step)
    {
        var elapsed = long.TryParse(since, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            ? DateTimeOffset.UtcNow - DateTimeOffset.FromUnixTimeMilliseconds(start)
            : step;
        var warningCount = int.TryParse(warnings, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 0;
        return string.Create(CultureInfo.InvariantCulture, $"Summary: {documents} documents, {pages} pages, {links} links checked, {warningCount} warnings, {elapsed.TotalSeconds:0.0} s.");
    }
}
