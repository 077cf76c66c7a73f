using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Publisher.Generator.Parsing;

/// <summary>
/// Reads a dateline: <c>July 26, 1986</c>, <c>14 October 1986</c>, <c>1986-07-26</c>, or with a place and a
/// time, <c>Washington, July 26, 1986, 11 a.m.–1 p.m.</c>.
/// </summary>
internal sealed record DateLine(string Iso, string? Place, string? Time)
{
    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December";

    private static readonly Regex MonthFirst = new(
        @"^(?:(?<place>[A-Z][^\d]{1,120}?),\s+)?(?<month>" + Months + @")\s+(?<day>\d{1,2}),\s+(?<year>\d{4})(?:,\s*(?<time>.{0,40}))?$",
        RegexOptions.CultureInvariant);

    private static readonly Regex DayFirst = new(
        @"^(?:(?<place>[A-Z][^\d]{1,120}?),\s+)?(?<day>\d{1,2})\s+(?<month>" + Months + @")\s+(?<year>\d{4})(?:,\s*(?<time>.{0,40}))?$",
        RegexOptions.CultureInvariant);

    /// <summary>The label of a memorandum's labelled header, <c>DATE:</c> or <c>DATE AND TIME:</c>.</summary>
    private static readonly Regex Label = new(@"^(?:DATE|Date)(?: AND TIME| and time)?:\s*", RegexOptions.CultureInvariant);

    private static readonly Regex IsoDate = new(@"^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$", RegexOptions.CultureInvariant);

    /// <summary>Reads a whole line (Markdown bold and surrounding space ignored); null when it is not a dateline.</summary>
    public static DateLine? Parse(string line)
    {
        var text = Label.Replace(line.Trim().Trim('*', '_').Trim(), string.Empty);
        if (text.EndsWith(".", StringComparison.Ordinal) && !EndsWithClock(text))
        {
            text = text.Substring(0, text.Length - 1);
        }

        var iso = IsoDate.Match(text);
        if (iso.Success)
        {
            return Create(int.Parse(iso.Groups["year"].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups["month"].Value, CultureInfo.InvariantCulture), int.Parse(iso.Groups["day"].Value, CultureInfo.InvariantCulture), null, null);
        }

        var match = MonthFirst.Match(text);
        if (!match.Success)
        {
            match = DayFirst.Match(text);
        }

        if (!match.Success)
        {
            return null;
        }

        var month = Array.IndexOf(Months.Split('|'), match.Groups["month"].Value) + 1;
        return Create(
            int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture),
            month,
            int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture),
            match.Groups["place"].Success ? match.Groups["place"].Value.Trim() : null,
            match.Groups["time"].Success && match.Groups["time"].Value.Trim().Length > 0 ? match.Groups["time"].Value.Trim() : null);
    }

    /// <summary>A time such as <c>1 p.m.</c> keeps its full stop; a sentence's full stop after the year does not belong to it.</summary>
    private static bool EndsWithClock(string text) =>
        text.EndsWith("a.m.", StringComparison.Ordinal) || text.EndsWith("p.m.", StringComparison.Ordinal)
        || text.EndsWith("A.M.", StringComparison.Ordinal) || text.EndsWith("P.M.", StringComparison.Ordinal);

    private static DateLine? Create(int year, int month, int day, string? place, string? time)
    {
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateLine(
            string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", year, month, day),
            place,
            time);
    }
}
