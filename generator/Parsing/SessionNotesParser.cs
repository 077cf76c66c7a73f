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
    private static readonly Regex Chair = new(@"^(?<label>(?:Chaired by|Chairman|Chair|Presiding):)\s*(?<v>.+)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    private static readonly Regex Attendance = new(@"^(?<label>(?:In attendance|Present|Attending|Participants):)\s*(?:(?<honorific>cdes?\.|comrades)\s+)?(?<v>.+)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    private static readonly Regex NumberedTitle = new(@"^(?<n>\d{1,5})\.\s+(?<title>.+)$", RegexOptions.CultureInvariant);

    private static readonly Regex PageOnly = new(@"^\[Page \d+\]$", RegexOptions.CultureInvariant);

    private static readonly Regex Bold = new(@"^\*\*(?<v>.+?)\*\*\s*$", RegexOptions.CultureInvariant);

    private static readonly Regex ClassificationWords = new(@"\b(?:Secret|Confidential|Copy|Special File|Special file|Classified|Unclassified|Working|Draft|Restricted|For official use)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex FirstNoteReference = new(@"[a-z.,;:\u201D\u2019)]1(?:\s|$)", RegexOptions.CultureInvariant);

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
        string? chairLabel = null;
        string? attendeesLabel = null;
        var attendees = new List<string>();
        string? attendeesHonorific = null;
        string? agenda = null;
        var narrative = new List<Paragraph>();
        foreach (var paragraph in paragraphs.Take(firstTurn))
        {
            var text = paragraph.Trimmed;
            if (PageOnly.IsMatch(text))
            {
                // A page marker above or within the header stays in reading order, at the head of the body.
                narrative.Add(paragraph);
            }
            else if (paragraph.Lines.All(l => IsClassification(l.Text.Trim())))
            {
                classification.AddRange(paragraph.Lines.Select(l => l.Text.Trim()));
            }
            else if (Chair.Match(text) is { Success: true } chairMatch)
            {
                chairLabel = chairMatch.Groups["label"].Value;
                chair = SessionClosing.Unwrap(chairMatch.Groups["v"].Value);
            }
            else if (Attendance.Match(text) is { Success: true } attendance)
            {
                attendeesLabel = attendance.Groups["label"].Value;
                attendeesHonorific = attendance.Groups["honorific"].Success ? attendance.Groups["honorific"].Value : null;
                attendees.AddRange(SessionClosing.Unwrap(attendance.Groups["v"].Value).Split(',').Select(a => a.Trim()).Where(a => a.Length > 0));
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
                    else if (title is null && (IsClassification(line) || paragraph.Lines.Any(l => Bold.IsMatch(l.Text.Trim()))))
                    {
                        classification.Add(line);
                    }
                    else if (title is null)
                    {
                        title = line;
                    }
                    else
                    {
                        title += " " + StripBold(line);
                    }
                }
            }
            else if (agenda is null && chair is not null)
            {
                agenda = SessionClosing.Unwrap(paragraph.Text.Trim());
            }
            else
            {
                narrative.Add(paragraph);
            }
        }

        // Notes at the very end, then the closing block (signature, source), then notes just before it.
        var end = paragraphs.Count - TrailingNotes(paragraphs, paragraphs.Count, firstTurn);
        var notes = FootnoteParser.Split(paragraphs.Skip(end).Take(paragraphs.Count - end));
        var closing = new SessionClosing();
        end = closing.Read(paragraphs, end, firstTurn + 1);
        if (notes.Count == 0)
        {
            var before = TrailingNotes(paragraphs, end, firstTurn);
            notes = FootnoteParser.Split(paragraphs.Skip(end - before).Take(before));
            end -= before;
        }

        foreach (var note in notes)
        {
            context.DeclaredNotes.Add(note.Number);
        }

        var provenance = closing.Provenance;
        if (classification.Count > 0)
        {
            provenance = provenance with { Classification = string.Join("; ", classification.Where(c => !c.StartsWith("(", System.StringComparison.Ordinal))) };
        }

        var body = narrative.Concat(paragraphs.Skip(firstTurn).Take(end - firstTurn)).ToList();
        var blocks = new BodyParser(context, speakerTurns: true, headings: false).Parse(body);
        SpeakerCheck.Report(blocks, chair, attendees, body, context);
        // A title numbered as in a printed collection, "14. Session of the Politburo…": the number apart.
        int? number = null;
        if (title is not null && NumberedTitle.Match(title) is { Success: true } numbered)
        {
            number = int.Parse(numbered.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            title = numbered.Groups["title"].Value;
        }

        return document with
        {
            Genre = Genre.SessionNotes,
            Number = number,
            Title = title ?? agenda ?? document.Title,
            Date = date?.Iso,
            DateLine = dateText,
            Place = date?.Place,
            Classification = classification.ToEquatableArray(),
            ChairLabel = chairLabel,
            Chair = chair,
            AttendeesLabel = attendeesLabel,
            Attendees = attendees.ToEquatableArray(),
            AttendeesHonorific = attendeesHonorific,
            Agenda = agenda,
            Blocks = blocks,
            Footnotes = notes.Select(n => FootnoteParser.ToSpec(n, context)).ToEquatableArray(),
            Signature = closing.Signature,
            SourceLines = closing.SourceLines.ToEquatableArray(),
            Provenance = provenance,
        };
    }

    /// <summary>
    /// How many paragraphs before <paramref name="end"/> are numbered notes. Session notes rarely have notes, so a
    /// trailing numbered list counts as notes only when note 1 is glued to a word of the text before it.
    /// </summary>
    private static int TrailingNotes(IReadOnlyList<Paragraph> paragraphs, int end, int firstTurn)
    {
        var candidates = paragraphs.Take(end).ToList();
        var count = FootnoteParser.CountTrailing(candidates);
        if (count == 0 || end - count <= firstTurn)
        {
            return 0;
        }

        return candidates.Take(end - count).Any(p => FirstNoteReference.IsMatch(p.Text)) ? count : 0;
    }

    /// <summary>Lines such as <c>Top Secret</c>, <c>Only Copy</c>, <c>Special File</c>, <c>(Working notes)</c>.</summary>
    private static bool IsClassification(string line) =>
        line.Length <= 60 && (line.StartsWith("(", System.StringComparison.Ordinal) || ClassificationWords.IsMatch(line));

    private static string StripBold(string line)
    {
        var match = Bold.Match(line.Trim());
        return match.Success ? match.Groups["v"].Value.Trim() : line.Trim();
    }
}
