using System.Globalization;

namespace Publisher.Site.Linking;

/// <summary>Dates as the linking pages show them, in invariant culture.</summary>
public static class SiteContextDates
{
    public static string Display(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
