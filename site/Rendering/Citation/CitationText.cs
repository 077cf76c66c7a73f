using System.Globalization;
using System.Net;
using System.Text;

namespace Publisher.Site.Rendering.Citation;

/// <summary>
/// Chicago (notes and bibliography, 18th ed.) and MLA (9th ed.) references to a document, as HTML with the edition's
/// title in italics. Each carries an empty <c>cite-locator</c> slot and a <c>cite-url</c> span: the page's small
/// script fills the slot with a printed page or paragraph and adds its anchor to the address when the reader
/// points at a passage, so the styles are written once, here.
/// </summary>
public static class CitationText
{
    private static readonly string[] MlaMonths = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

    public static TrustedHtml Chicago(CitationData data)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"“{E(TitleWithStop(data.Title))}” {E(data.GenreLabel)}");
        if (data.Date is { } date)
        {
            html.Append(CultureInfo.InvariantCulture, $", {EditionDates.Display(date)}");
        }

        html.Append('.');
        if (Translator(data) is { } translator)
        {
            html.Append(CultureInfo.InvariantCulture, $" Translated by {E(translator)}.");
        }

        if (Archive(data) is { } archive)
        {
            html.Append(CultureInfo.InvariantCulture, $" {E(archive)}.");
        }

        if (data.Number is { } number)
        {
            html.Append(CultureInfo.InvariantCulture, $" Document {number}");
        }

        html.Append(Locator("chicago"));
        html.Append(data.Number is null ? " In " : ". In ");
        html.Append(CultureInfo.InvariantCulture, $"<i>{E(data.EditionTitle)}</i>. {Url(data.Url)}.");
        return new TrustedHtml(html.ToString());
    }

    public static TrustedHtml Mla(CitationData data)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"“{E(TitleWithStop(data.Title))}” ");
        var translator = Translator(data);
        if (translator is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"Translated by {E(translator)}");
            html.Append(data.Date is null ? ". " : ", ");
        }

        if (data.Date is { } date)
        {
            html.Append(CultureInfo.InvariantCulture, $"{date.Day} {MlaMonths[date.Month - 1]} {date.Year}. ");
        }

        html.Append(CultureInfo.InvariantCulture, $"<i>{E(data.EditionTitle)}</i>");
        if (data.Number is { } number)
        {
            html.Append(CultureInfo.InvariantCulture, $", no. {number}");
        }

        html.Append(Locator("mla"));
        html.Append(CultureInfo.InvariantCulture, $", {Url(data.Url)}.");
        return new TrustedHtml(html.ToString());
    }

    /// <summary>The archive and file the source note names, if it names them.</summary>
    public static string? Archive(CitationData data)
    {
        var parts = new[] { data.Provenance.Archive, data.Provenance.File }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim().TrimEnd('.')).ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    /// <summary>The translator the source names, if any.</summary>
    public static string? Translator(CitationData data) =>
        string.IsNullOrWhiteSpace(data.Provenance.Translator) ? null : data.Provenance.Translator.Trim().TrimEnd('.');

    /// <summary>A title ends in a full stop inside the quotation marks, unless it already ends in punctuation.</summary>
    private static string TitleWithStop(string title) => title.EndsWith('.') || title.EndsWith('?') || title.EndsWith('!') ? title : title + ".";

    private static string Locator(string style) => $"<span class=\"cite-locator\" data-style=\"{style}\"></span>";

    private static string Url(string url) => $"<span class=\"cite-url\">{E(url)}</span>";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
