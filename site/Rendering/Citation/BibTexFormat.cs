using System.Globalization;
using System.Text;

namespace Publisher.Site.Rendering.Citation;

/// <summary>A BibTeX entry (<c>@misc</c>, readable by BibTeX and biblatex) for one document.</summary>
public static class BibTexFormat
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static string Export(CitationData data)
    {
        var bib = new StringBuilder();
        bib.Append(CultureInfo.InvariantCulture, $"@misc{{{Key(data.Id)},\n");
        Field(bib, "title", "{" + Escape(data.Title) + "}");
        if (data.Date is { } date)
        {
            Field(bib, "date", data.IsoDate!);
            Field(bib, "year", date.Year.ToString(CultureInfo.InvariantCulture));
            bib.Append(CultureInfo.InvariantCulture, $"  month = {Months[date.Month - 1]},\n");
        }

        Field(bib, "type", Escape(data.GenreLabel));
        if (data.Number is { } number)
        {
            Field(bib, "number", number.ToString(CultureInfo.InvariantCulture));
        }

        if (CitationText.Translator(data) is { } translator)
        {
            Field(bib, "translator", Escape(translator));
        }

        Field(bib, "howpublished", Escape(data.EditionTitle));
        if (CitationText.Archive(data) is { } archive)
        {
            Field(bib, "note", Escape(archive));
        }

        Field(bib, "url", data.Url);
        Field(bib, "langid", "english");
        bib.Append("}\n");
        return bib.ToString();
    }

    private static void Field(StringBuilder bib, string name, string value) => bib.Append(CultureInfo.InvariantCulture, $"  {name} = {{{value}}},\n");

    /// <summary>Keys allow letters, digits and a few marks; anything else becomes an underscore.</summary>
    private static string Key(string id) => new(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' ? c : '_').ToArray());

    /// <summary>Escapes TeX's special characters; Unicode letters stay as they are (biber and modern BibTeX read UTF-8).</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => "\\textbackslash{}",
                '{' or '}' or '&' or '%' or '$' or '#' or '_' => "\\" + c,
                '~' => "\\textasciitilde{}",
                '^' => "\\textasciicircum{}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
