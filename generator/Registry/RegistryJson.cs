using System.Linq;
using Publisher.Generator.Emit;

namespace Publisher.Generator.Registry;

/// <summary>The linked registry as JSON for the site: persons (registry and derived), terms, events, resolutions.</summary>
internal static class RegistryJson
{
    public static string Write(LinkedEditionSpec linked)
    {
        var json = new JsonWriter();
        json.StartObject();
        json.Name("persons");
        json.StartArray();
        foreach (var person in linked.Persons)
        {
            json.StartObject();
            json.Property("id", person.Id);
            json.Property("kind", person.IsGroup ? "group" : "person");
            json.Property("name", person.Name);
            json.Property("fullName", person.FullName);
            json.Property("side", person.Side);
            json.Strings("roles", person.Roles);
            json.Strings("labels", person.Labels);
            json.Strings("aliases", person.Aliases);
            json.Name("doubtful");
            json.StartArray();
            foreach (var doubt in person.Doubtful)
            {
                json.StartObject();
                json.Property("label", doubt.Label);
                json.Property("note", doubt.Note);
                json.EndObject();
            }

            json.EndArray();
            json.Property("status", person.Derived ? "derived" : person.Identified ? "identified" : "unidentified");
            json.Property("wikidata", person.Wikidata);
            json.Strings("notes", person.Notes);
            json.Property("description", person.Description);
            json.EndObject();
        }

        json.EndArray();
        json.Name("terms");
        json.StartArray();
        foreach (var term in linked.Registry.Terms)
        {
            json.StartObject();
            json.Property("id", term.Id);
            json.Property("term", term.Term);
            json.Property("expansion", term.Expansion);
            json.Strings("aliases", term.Aliases);
            json.Strings("context", term.Context);
            json.Property("description", term.Description);
            json.EndObject();
        }

        json.EndArray();
        json.Name("events");
        json.StartArray();
        foreach (var item in linked.Registry.Events.OrderBy(e => e.Date, System.StringComparer.Ordinal).ThenBy(e => e.Id, System.StringComparer.Ordinal))
        {
            json.StartObject();
            json.Property("id", item.Id);
            json.Property("title", item.Title);
            json.Property("date", item.Date);
            json.Property("end", item.End);
            json.Strings("mentions", item.Mentions);
            json.Strings("notes", item.Notes);
            json.Property("description", item.Description);
            json.EndObject();
        }

        json.EndArray();
        json.Name("resolutions");
        json.StartArray();
        foreach (var resolution in linked.Resolutions)
        {
            json.StartObject();
            json.Property("document", resolution.Document);
            json.Property("kind", resolution.Kind);
            json.Property("source", resolution.Source);
            json.Property("person", resolution.Person);
            json.Property("doubt", resolution.Doubt);
            json.EndObject();
        }

        json.EndArray();
        json.EndObject();
        return json.ToString();
    }
}
