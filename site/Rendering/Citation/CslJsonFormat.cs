using System.Text;
using System.Text.Json;

namespace Publisher.Site.Rendering.Citation;

/// <summary>A CSL-JSON item (Zotero, Pandoc, citeproc) for one document, as a one-item array.</summary>
public static class CslJsonFormat
{
    // The default encoder escapes <, > and & too, so no viewer can take a downloaded citation for markup.
    private static readonly JsonWriterOptions Options = new() { Indented = true };

    public static string Export(CitationData data)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartArray();
            json.WriteStartObject();
            json.WriteString("id", data.Id);
            json.WriteString("type", "manuscript");
            json.WriteString("title", data.Title);
            json.WriteString("genre", data.GenreLabel);
            json.WriteString("collection-title", data.EditionTitle);
            if (data.Number is { } number)
            {
                json.WriteString("number", number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (data.Date is { } date)
            {
                json.WriteStartObject("issued");
                json.WriteStartArray("date-parts");
                json.WriteStartArray();
                json.WriteNumberValue(date.Year);
                json.WriteNumberValue(date.Month);
                json.WriteNumberValue(date.Day);
                json.WriteEndArray();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            if (CitationText.Translator(data) is { } translator)
            {
                // A literal name: the source gives it as written, and splitting it into parts would be a guess.
                json.WriteStartArray("translator");
                json.WriteStartObject();
                json.WriteString("literal", translator);
                json.WriteEndObject();
                json.WriteEndArray();
            }

            WriteIfPresent(json, "archive", data.Provenance.Archive);
            WriteIfPresent(json, "archive_location", data.Provenance.File);
            json.WriteString("URL", data.Url);
            json.WriteString("language", "en");
            json.WriteEndObject();
            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteIfPresent(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            json.WriteString(name, value.Trim());
        }
    }
}
