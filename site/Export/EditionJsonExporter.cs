using System.Text.Json;
using Publisher.Site.Model;
using Publisher.Site.Rendering;

namespace Publisher.Site.Export;

/// <summary>
/// <c>edition.json</c>: the machine-readable table of contents. URLs are relative to the site root, without a leading
/// '/' or the base path; pages end in '/', exports name the file.
/// </summary>
public static class EditionJsonExporter
{
    public static string Export(string title, string baseUrl, IReadOnlyList<DocumentEntry> documents, Linking.LinkIndex? links = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("title", title);
            json.WriteString("baseUrl", baseUrl);
            json.WriteStartArray("documents");
            foreach (var document in documents)
            {
                json.WriteStartObject();
                json.WriteString("id", document.Id);
                json.WriteString("title", document.Title);
                if (document.Date is { } date)
                {
                    json.WriteString("date", EditionDates.Iso(date));
                }
                else
                {
                    json.WriteNull("date");
                }

                json.WriteString("source", document.Source);
                json.WriteString("genre", document.Genre.ToString());
                if (document.Number is { } number)
                {
                    json.WriteNumber("number", number);
                }

                json.WriteString("url", SiteUrls.Document(document.Id));
                json.WriteString("tei", SiteUrls.Export(document.Id, "xml"));
                json.WriteString("json", SiteUrls.Export(document.Id, "json"));
                json.WriteString("txt", SiteUrls.Export(document.Id, "txt"));
                json.WriteStartArray("persons");
                foreach (var person in links?.PersonsOf(document.Id) ?? [])
                {
                    json.WriteStringValue(person);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("persons");
            foreach (var person in links?.Registry.Persons ?? [])
            {
                json.WriteStartObject();
                json.WriteString("id", person.Id);
                json.WriteString("name", person.Name);
                json.WriteString("url", Linking.LinkUrls.Person(person.Id));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("terms");
            foreach (var term in links?.Registry.Terms ?? [])
            {
                json.WriteStartObject();
                json.WriteString("id", term.Id);
                json.WriteString("term", term.Term);
                json.WriteString("expansion", term.Expansion);
                json.WriteString("url", Linking.LinkUrls.Term(term.Id));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
