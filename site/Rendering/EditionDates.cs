using System.Globalization;

namespace Publisher.Site.Rendering;

/// <summary>The two ways the edition writes a date: for readers (<c>July 26, 1986</c>) and ISO 8601 (<c>1986-07-26</c>).</summary>
public static class EditionDates
{
    public static string Display(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Display(DateOnly? date) => date is { } d ? Display(d) : null;

    public static string? Iso(DateOnly? date) => date is { } d ? Iso(d) : null;
}
