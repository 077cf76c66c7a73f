using System.Globalization;
using System.Text;

namespace Publisher.Site.Rendering.Citation;

/// <summary>An RIS record (Zotero, EndNote, Mendeley) for one document: a manuscript, with CRLF line ends as RIS asks.</summary>
public static class RisFormat
{
    public static string Export(CitationData data)
    {
        var ris = new StringBuilder();
        Tag(ris, "TY", "MANSCPT");
        Tag(ris, "TI", data.Title);
        Tag(ris, "T2", data.EditionTitle);
        Tag(ris, "M3", data.GenreLabel);
        if (data.Date is { } date)
        {
            Tag(ris, "PY", date.Year.ToString(CultureInfo.InvariantCulture));
            Tag(ris, "DA", date.ToString("yyyy'/'MM'/'dd'/'", CultureInfo.InvariantCulture));
        }

        if (data.Number is { } number)
        {
            Tag(ris, "M1", number.ToString(CultureInfo.InvariantCulture));
        }

        if (CitationText.Archive(data) is { } archive)
        {
            Tag(ris, "AV", archive);
        }

        Tag(ris, "UR", data.Url);
        Tag(ris, "LA", "en");
        ris.Append("ER  - \r\n");
        return ris.ToString();
    }

    /// <summary>One tag per line; a value never spans lines.</summary>
    private static void Tag(StringBuilder ris, string tag, string value) =>
        ris.Append(CultureInfo.InvariantCulture, $"{tag}  - {value.ReplaceLineEndings(" ")}\r\n");
}
