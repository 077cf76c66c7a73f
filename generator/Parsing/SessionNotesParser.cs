using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Publisher.Generator.Helpers;
using Publisher.Generator.Model;

namespace Publisher.Generator.Parsing;

/// <summary>
/// Working notes of a session (Politburo style): classification lines, a bold title and date, chair,
/// attendance and agenda, speaker turns, and a closing block with signature and source.
/// </summary>
internal static class SessionNotesParser
{
    private static readonly Regex Chair = new(@"^(?:Chaired by|Chairman|Chair|Presiding):\s*(?<v>.+)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    private static readonly Regex Attendance = new(@"^(?:In attendance|Present|Attending|Participants):\s*(?:(?<honorific>cdes?\.|comrades)\s+)?(?<v>.+)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    private static readonly Regex Bold = new(@"^\*\*(?<v>.+?)\*\*\s*$", RegexOptions.CultureInvariant);

    private static readonly Regex Signature = new(@"^\[(?<label>Signature[^\]]*)\]\s*(?<name>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    public static bool Looks(IReadOnlyList<Paragraph> paragraphs) =>
        paragraphs.Count(p => SpeakerLabel.Match(p.Trimmed) is not null) >= 2;

    public static DocumentSpec Parse(DocumentSpec document, IReadOnlyList<Paragraph> paragraphs, ParseContext context)
    {
        var firstTurn = paragraphs.ToList().FindIndex(p => SpeakerLabel.Match(p.Trimmed) is not null);
        var classification = new List<string>();
        string? title = null;
        DateLine? date = null;
        string? dateText = null;
        string? chair = null;
        var attendees = new List<string>();
        string? attendeesHonorific = null;
        string? agenda = null;
        var narrative = new List<Paragraph>();
        foreach (var paragraph in paragraphs.Take(firstTurn))
        {
            var text = paragraph.Trimmed;
            if (Chair.Match(text) is { Success: true } chairMatch)
            {
                chair = Unwrap(chairMatch.Groups["v"].Value);
            }
            else if (Attendance.Match(text) is { Success: true } attendance)
            {
                attendeesHonorific = attendance.Groups["honorific"].Success ? attendance.Groups["honorific"].Value : null;
                attendees.AddRange(Unwrap(attendance.Groups["v"].Value).Split(',').Select(a => a.Trim()).Where(a => a.Length > 0));
            }
            else if (title is null || date is null && paragraph.Lines.Any(l => DateLine.Parse(l.Text) is not null))
            {
                foreach (var line in paragraph.Lines.Select(l => l.Text.Trim()))
                {
                    var parsed = DateLine.Parse(line);
                    if (date is null && parsed is not null)
                    {
                        date = parsed;
                        dateText = StripBold(line);
                    }
                    else if (title is null && Bold.IsMatch(line))
                    {
                        title = StripBold(line);
                    }
                    else if (title is null)
                    {
                        classification.Add(line);
                    }
                    else
                    {
                        title += " " + StripBold(line);
                    }
                }
            }
            else if (agenda is null && chair is not null)
            {
                agenda = Unwrap(paragraph.Text.Trim());
            }
            else
            {
                narrative.Add(paragraph);
            }
        }

        // Closing block: a signature line and the source lines, read from the end.
        var end = paragraphs.Count;
        SignatureSpec? signature = null;
        var sourceLines = new List<string>();
        var provenance = new ProvenanceSpec();
        while (end > firstTurn + 1)
        {
            var last = paragraphs[end - 1];
            var text = last.Trimmed;
            if (text.TrimStart('*', '_').StartsWith("Source:", System.StringComparison.Ordinal) && sourceLines.Count == 0)
            {
                sourceLines.AddRange(last.Lines.Select(l => l.Text.TrimEnd()));
                provenance = ReadSource(sourceLines);
                end--;
            }
            else if (Signature.Match(text) is { Success: true } match && signature is null)
            {
                signature = new SignatureSpec(Unwrap(match.Groups["label"].Value), match.Groups["name"].Value.Trim(), last.Line);
                end--;
            }
            else
            {
                break;
            }
        }

        if (classification.Count > 0)
        {
            provenance = provenance with { Classification = string.Join("; ", classification.Where(c => !c.StartsWith("(", System.StringComparison.Ordinal))) };
        }

        var body = narrative.Concat(paragraphs.Skip(firstTurn).Take(end - firstTurn)).ToList();
        return document with
        {
            Genre = Genre.SessionNotes,
            Title = title ?? agenda ?? document.Title,
            Date = date?.Iso,
            DateLine = dateText,
            Place = date?.Place,
            Classification = classification.ToEquatableArray(),
            Chair = chair,
            Attendees = attendees.ToEquatableArray(),
            AttendeesHonorific = attendeesHonorific,
            Agenda = agenda,
            Blocks = new BodyParser(context, speakerTurns: true, headings: false).Parse(body),
            Signature = signature,
            SourceLines = sourceLines.ToEquatableArray(),
            Provenance = provenance,
        };
    }

    /// <summary>Reads <c>*Source: X, Y  / Translated by Z  / For W*</c>.</summary>
    private static ProvenanceSpec ReadSource(IEnumerable<string> lines)
    {
        var provenance = new ProvenanceSpec();
        foreach (var raw in lines)
        {
            var line = raw.Trim().Trim('*', '_').Trim();
            if (line.StartsWith("Source:", System.StringComparison.Ordinal))
            {
                var statement = line.Substring("Source:".Length).Trim();
                var comma = statement.LastIndexOf(", ", System.StringComparison.Ordinal);
                provenance = provenance with
                {
                    Statement = statement,
                    File = comma > 0 ? statement.Substring(0, comma) : null,
                    Archive = comma > 0 ? statement.Substring(comma + 2) : statement,
                };
            }
            else if (line.StartsWith("Translated by ", System.StringComparison.Ordinal))
            {
                provenance = provenance with { Translator = line.Substring("Translated by ".Length).Trim() };
            }
            else if (line.StartsWith("For ", System.StringComparison.Ordinal))
            {
                provenance = provenance with { Publisher = line.Substring("For ".Length).Trim() };
            }
        }

        return provenance;
    }

    private static string StripBold(string line)
    {
        var match = Bold.Match(line.Trim());
        return match.Success ? match.Groups["v"].Value.Trim() : line.Trim();
    }

    /// <summary>Joins a value the source wrapped over lines (Markdown hard breaks included) into one line.</summary>
    private static string Unwrap(string value) => Regex.Replace(value, @"\s*\n\s*", " ").Trim();
}
