using System.Collections.Generic;
using Publisher.Generator.Model;

namespace Publisher.Generator.Emit;

/// <summary>
/// Writes a document's content as JSON in the shape of the site's <c>DocumentContent</c>. Text stays out of the
/// compiled assembly's string heap: the emitter embeds this JSON as UTF-8 data.
/// </summary>
internal static class DocumentJson
{
    public static string Write(DocumentSpec document)
    {
        var json = new JsonWriter();
        json.StartObject();
        Inlines(json, "titleNotes", document.TitleNotes);
        json.Property("dateLine", document.DateLine);
        json.Property("place", document.Place);
        json.Property("time", document.Time);
        json.Property("subjectLabel", document.SubjectLabel);
        json.Strings("subjects", document.Subjects);
        json.Strings("classification", document.Classification);
        json.Property("chairLabel", document.ChairLabel);
        json.Property("chair", document.Chair);
        json.Property("attendeesLabel", document.AttendeesLabel);
        json.Strings("attendees", document.Attendees);
        json.Property("attendeesHonorific", document.AttendeesHonorific);
        json.Property("agenda", document.Agenda);

        json.Property("participantsLabel", document.ParticipantsLabel);
        json.Name("participants");
        json.StartArray();
        foreach (var group in document.Participants)
        {
            json.StartObject();
            json.Property("heading", group.Heading);
            json.Name("participants");
            json.StartArray();
            foreach (var participant in group.Participants)
            {
                json.StartObject();
                json.Property("source", participant.Source);
                json.Property("title", participant.Title);
                json.Property("name", participant.Name);
                json.Strings("marks", participant.Marks);
                json.Property("line", participant.Line);
                Inlines(json, "notes", participant.Notes);
                json.EndObject();
            }

            json.EndArray();
            json.EndObject();
        }

        json.EndArray();

        json.Name("blocks");
        json.StartArray();
        foreach (var block in document.Blocks)
        {
            json.StartObject();
            json.Property("kind", Camel(block.Kind.ToString()));
            json.Property("id", block.Id);
            json.Property("speaker", block.Speaker);
            json.Property("turn", block.Turn);
            json.Property("line", block.Line);
            Inlines(json, "inlines", block.Inlines);
            json.EndObject();
        }

        json.EndArray();

        json.Name("footnotes");
        json.StartArray();
        foreach (var note in document.Footnotes)
        {
            json.StartObject();
            json.Property("number", note.Number);
            json.Property("line", note.Line);
            Inlines(json, "inlines", note.Inlines);
            json.EndObject();
        }

        json.EndArray();

        if (document.Signature is { } signature)
        {
            json.Name("signature");
            json.StartObject();
            json.Property("label", signature.Label);
            json.Property("name", signature.Name);
            json.Property("line", signature.Line);
            json.EndObject();
        }

        json.Strings("sourceLines", document.SourceLines);

        var provenance = document.Provenance;
        json.Name("provenance");
        json.StartObject();
        json.Property("archive", provenance.Archive);
        json.Property("file", provenance.File);
        json.Property("classification", provenance.Classification);
        json.Property("drafter", provenance.Drafter);
        json.Property("translator", provenance.Translator);
        json.Property("publisher", provenance.Publisher);
        json.Property("statement", provenance.Statement);
        json.EndObject();

        json.EndObject();
        return json.ToString();
    }

    private static void Inlines(JsonWriter json, string name, IEnumerable<InlineSpec> inlines)
    {
        json.Name(name);
        json.StartArray();
        foreach (var inline in inlines)
        {
            json.StartObject();
            json.Property("kind", Camel(inline.Kind.ToString()));
            json.Property("text", inline.Text);
            json.Property("bracket", inline.Bracket);
            json.EndObject();
        }

        json.EndArray();
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
