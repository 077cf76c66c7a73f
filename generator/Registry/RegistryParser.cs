using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using Publisher.Generator.Diagnostics;
using Publisher.Generator.Helpers;
using Publisher.Generator.Parsing;

namespace Publisher.Generator.Registry;

/// <summary>
/// Parses one registry file — <c>persons.rec</c>, <c>terms.rec</c> or <c>events.rec</c> — into entries, checking each
/// field; never throws: a problem is a diagnostic at its line and the entry is left out or the field ignored.
/// </summary>
internal static class RegistryParser
{
    public const string PersonsFile = "persons.rec";
    public const string TermsFile = "terms.rec";
    public const string EventsFile = "events.rec";

    private static readonly string[] PersonFields = ["Id", "Name", "Full-name", "Kind", "Side", "Role", "Label", "Alias", "Doubtful-label", "Identified", "Wikidata", "Note", "Description"];
    private static readonly string[] TermFields = ["Id", "Term", "Expansion", "Alias", "Context", "Description"];
    private static readonly string[] EventFields = ["Id", "Title", "Date", "End", "Mention", "Note", "Description"];
    private static readonly string[] Sides = ["Soviet", "U.S.", "other"];
    private static readonly Regex IdPattern = new("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);
    private static readonly Regex WikidataPattern = new("^Q[1-9][0-9]*$", RegexOptions.CultureInvariant);

    public static bool IsRegistryFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.Equals(PersonsFile, StringComparison.OrdinalIgnoreCase)
            || name.Equals(TermsFile, StringComparison.OrdinalIgnoreCase)
            || name.Equals(EventsFile, StringComparison.OrdinalIgnoreCase);
    }

    public static RegistryFileSpec Parse(string path, SourceText? text) => Parse(path, text?.ToString() ?? string.Empty);

    public static RegistryFileSpec Parse(string path, string content)
    {
        var lines = SeedLines.Split(content.Length > 0 && content[0] == '\uFEFF' ? content.Substring(1) : content);
        var sink = new DiagnosticSink(path, lines);
        var persons = new List<PersonSpec>();
        var terms = new List<TermSpec>();
        var events = new List<EventSpec>();
        var name = Path.GetFileName(path);
        foreach (var record in RecordFile.Parse(lines, sink))
        {
            if (name.Equals(PersonsFile, StringComparison.OrdinalIgnoreCase))
            {
                Add(persons, Person(path, record, sink));
            }
            else if (name.Equals(TermsFile, StringComparison.OrdinalIgnoreCase))
            {
                Add(terms, Term(path, record, sink));
            }
            else
            {
                Add(events, Event(path, record, sink));
            }
        }

        return new RegistryFileSpec(persons.ToEquatableArray(), terms.ToEquatableArray(), events.ToEquatableArray(), sink.Items.ToEquatableArray())
        {
            IsPersonsFile = name.Equals(PersonsFile, StringComparison.OrdinalIgnoreCase),
        };
    }

    private static void Add<T>(List<T> list, T? item)
        where T : class
    {
        if (item is not null)
        {
            list.Add(item);
        }
    }

    private static PersonSpec? Person(string path, RegistryRecord record, DiagnosticSink sink)
    {
        CheckFields(record, PersonFields, "person", sink);
        var id = Required(record, "Id", sink);
        var name = Required(record, "Name", sink);
        if (id is null || name is null || !ValidId(record, id, sink))
        {
            return null;
        }

        var side = record.First("Side") ?? "other";
        if (!Sides.Contains(side, StringComparer.Ordinal))
        {
            sink.Report(DiagnosticDescriptors.RegistryBadValue, record.LineOf("Side"), 0, 4, side, "side", "write Soviet, U.S. or other");
            side = "other";
        }

        var kind = record.First("Kind") ?? "person";
        if (kind != "person" && kind != "group")
        {
            sink.Report(DiagnosticDescriptors.RegistryBadValue, record.LineOf("Kind"), 0, 4, kind, "kind", "write person or group");
        }

        var wikidata = record.First("Wikidata");
        if (wikidata is not null && !WikidataPattern.IsMatch(wikidata))
        {
            sink.Report(DiagnosticDescriptors.RegistryBadValue, record.LineOf("Wikidata"), 0, 8, wikidata, "Wikidata id", "write Q followed by digits, or leave the field out");
            wikidata = null;
        }

        var doubtful = new List<DoubtfulLabelSpec>();
        foreach (var field in record.Fields.Where(f => f.Is("Doubtful-label")))
        {
            var bar = field.Value.IndexOf('|');
            if (bar <= 0)
            {
                sink.Report(DiagnosticDescriptors.RegistryBadValue, field.Line, 0, field.Name.Length, field.Value, "doubtful label", "write 'FORM | the editors' note'");
                continue;
            }

            doubtful.Add(new DoubtfulLabelSpec(field.Value.Substring(0, bar).Trim(), field.Value.Substring(bar + 1).Trim()));
        }

        return new PersonSpec
        {
            Id = id,
            IsGroup = kind == "group",
            Name = name,
            FullName = record.First("Full-name"),
            Side = side,
            Roles = record.All("Role").ToEquatableArray(),
            Labels = record.All("Label").ToEquatableArray(),
            Aliases = record.All("Alias").ToEquatableArray(),
            Doubtful = doubtful.ToEquatableArray(),
            Identified = !string.Equals(record.First("Identified"), "no", StringComparison.OrdinalIgnoreCase),
            Wikidata = wikidata,
            Notes = record.All("Note").ToEquatableArray(),
            Description = record.First("Description"),
            Path = path,
            Line = record.Line,
        };
    }

    private static TermSpec? Term(string path, RegistryRecord record, DiagnosticSink sink)
    {
        CheckFields(record, TermFields, "term", sink);
        var id = Required(record, "Id", sink);
        var term = Required(record, "Term", sink);
        var expansion = Required(record, "Expansion", sink);
        if (id is null || term is null || expansion is null || !ValidId(record, id, sink))
        {
            return null;
        }

        return new TermSpec
        {
            Id = id,
            Term = term,
            Expansion = expansion,
            Aliases = record.All("Alias").ToEquatableArray(),
            Context = record.All("Context").SelectMany(c => c.Split(',')).Select(c => c.Trim()).Where(c => c.Length > 0).ToEquatableArray(),
            Description = record.First("Description"),
            Path = path,
            Line = record.Line,
        };
    }

    private static EventSpec? Event(string path, RegistryRecord record, DiagnosticSink sink)
    {
        CheckFields(record, EventFields, "event", sink);
        var id = Required(record, "Id", sink);
        var title = Required(record, "Title", sink);
        var date = Required(record, "Date", sink);
        if (id is null || title is null || date is null || !ValidId(record, id, sink) || !ValidDate(record, "Date", date, sink))
        {
            return null;
        }

        var end = record.First("End");
        if (end is not null && !ValidDate(record, "End", end, sink))
        {
            end = null;
        }

        return new EventSpec
        {
            Id = id,
            Title = title,
            Date = date,
            End = end,
            Mentions = record.All("Mention").ToEquatableArray(),
            Notes = record.All("Note").ToEquatableArray(),
            Description = record.First("Description"),
            Path = path,
            Line = record.Line,
        };
    }

    private static string? Required(RegistryRecord record, string field, DiagnosticSink sink)
    {
        var value = record.First(field);
        if (string.IsNullOrWhiteSpace(value))
        {
            sink.Report(DiagnosticDescriptors.RegistryMissingField, record.Line, 0, 1, field);
            return null;
        }

        return value;
    }

    private static bool ValidId(RegistryRecord record, string id, DiagnosticSink sink)
    {
        if (IdPattern.IsMatch(id))
        {
            return true;
        }

        sink.Report(DiagnosticDescriptors.RegistryBadValue, record.LineOf("Id"), 0, 2, id, "id", "use lower-case letters, digits and single hyphens");
        return false;
    }

    private static bool ValidDate(RegistryRecord record, string field, string value, DiagnosticSink sink)
    {
        if (DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return true;
        }

        sink.Report(DiagnosticDescriptors.RegistryBadValue, record.LineOf(field), 0, field.Length, value, "date", "write YYYY-MM-DD");
        return false;
    }

    private static void CheckFields(RegistryRecord record, string[] known, string kind, DiagnosticSink sink)
    {
        foreach (var field in record.Fields.Where(f => !known.Contains(f.Name, StringComparer.OrdinalIgnoreCase)))
        {
            sink.Report(DiagnosticDescriptors.RegistryUnknownField, field.Line, 0, field.Name.Length, field.Name, kind, string.Join(", ", known));
        }
    }
}
