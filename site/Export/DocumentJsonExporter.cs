using System.Text.Json;
using Publisher.Site.Model;
using Publisher.Site.Rendering;

namespace Publisher.Site.Export;

/// <summary>The typed model of a document as JSON: its metadata and its whole parsed content.</summary>
public static class DocumentJsonExporter
{
    public static string Export(DocumentEntry document)
    {
        var metadata = new Dictionary<string, object?>
        {
            ["id"] = document.Id,
            ["source"] = document.Source,
            ["genre"] = document.Genre.ToString(),
            ["number"] = document.Number,
            ["title"] = document.Title,
            ["date"] = EditionDates.Iso(document.Date),
        };
        var content = JsonSerializer.SerializeToElement(document.Content, ModelJsonContext.Default.DocumentContent);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in metadata)
            {
                writer.WritePropertyName(name);
                switch (value)
                {
                    case null:
                        writer.WriteNullValue();
                        break;
                    case int number:
                        writer.WriteNumberValue(number);
                        break;
                    default:
                        writer.WriteStringValue(value.ToString());
                        break;
                }
            }

            writer.WritePropertyName("content");
            content.WriteTo(writer);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
