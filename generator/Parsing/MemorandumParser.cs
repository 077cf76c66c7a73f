using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Publisher.Generator.Helpers;
using Publisher.Generator.Model;

namespace Publisher.Generator.Parsing;

/// <summary>
/// A FRUS-style memorandum of conversation: <c>256. Memorandum of Conversation1</c>, subject and dateline,
/// participants in groups, running text with section headings, numbered notes at the end.
/// </summary>
internal static class MemorandumParser
{
    private static readonly Regex NumberedTitle = new(@"^\s*(?<number>\d{1,5})\.\s+(?<title>.+?)\s*$", RegexOptions.CultureInvariant);

    public static bool Looks(IReadOnlyList<Paragraph> paragraphs) =>
        paragraphs.Count > 1
        && (NumberedTitle.IsMatch(paragraphs[0].First.Text) || paragraphs[0].First.Text.IndexOf("Memorandum of Conversation", System.StringComparison.OrdinalIgnoreCase) >= 0)
        && paragraphs.Take(8).Any(p => p.Lines.Any(l => ParticipantParser.IsBulletLine(l.Text) || MemorandumHeader.IsSubject(l.Text) || MemorandumHeader.IsDateBlock(l.Text)));

    /// <summary>What only a memorandum has: the words "Memorandum of Conversation" in its title, or participant bullets.</summary>
    public static bool HasOwnMarks(IReadOnlyList<Paragraph> paragraphs) =>
        paragraphs[0].First.Text.IndexOf("Memorandum", System.StringComparison.OrdinalIgnoreCase) >= 0
        || paragraphs.Take(8).Any(p => p.Lines.Any(l => ParticipantParser.IsBulletLine(l.Text)));

    public static DocumentSpec Parse(DocumentSpec document, IReadOnlyList<Paragraph> paragraphs, ParseContext context)
    {
        var noteCount = FootnoteParser.CountTrailing(paragraphs);
        var notes = FootnoteParser.Split(paragraphs.Skip(paragraphs.Count - noteCount));
        foreach (var note in notes)
        {
            context.DeclaredNotes.Add(note.Number);
        }

        var body = paragraphs.Take(paragraphs.Count - noteCount).ToList();

        // Title line, with its document number and the source-note reference glued to its end.
        var titleLine = body[0].First.Text.Trim();
        int? number = null;
        var numbered = NumberedTitle.Match(titleLine);
        if (numbered.Success)
        {
            number = int.Parse(numbered.Groups["number"].Value, CultureInfo.InvariantCulture);
            titleLine = numbered.Groups["title"].Value;
        }

        var titleNotes = new List<InlineSpec>();
        titleLine = GluedNotes.Strip(titleLine, context, titleNotes);

        // Lines after the title in the first paragraph belong to the header too.
        var header = new List<SeedLine>(body[0].Lines.Skip(1));
        var groups = new List<ParticipantGroupSpec>();
        string? pendingHeading = null;
        string? participantsLabel = null;
        var sawDate = header.Any(l => DateLine.Parse(l.Text) is not null);
        var index = 1;
        for (; index < body.Count; index++)
        {
            var paragraph = body[index];
            if (groups.Count == 0 && participantsLabel is null && ParticipantParser.IsListLabel(paragraph.First.Text))
            {
                // "PARTICIPANTS" over the whole list names the list, not a delegation.
                participantsLabel = paragraph.First.Text.Trim();
                if (paragraph.Lines.Count == 1)
                {
                    continue;
                }

                paragraph = new Paragraph(paragraph.Lines.Skip(1).ToArray());
            }

            if (paragraph.Lines.Any(l => ParticipantParser.IsBulletLine(l.Text)))
            {
                groups.AddRange(ParticipantParser.ParseGroups(paragraph, context, ref pendingHeading));
                continue;
            }

            var isHeaderText = groups.Count == 0
                && paragraph.Lines.All(l => l.Text.Length <= 160)
                && (!sawDate || paragraph.Lines.Any(l => MemorandumHeader.IsSubject(l.Text) || MemorandumHeader.IsDateBlock(l.Text)) || ParticipantsFollow(body, index))
                && (paragraph.Lines.Any(l => MemorandumHeader.IsDateBlock(l.Text) || MemorandumHeader.IsSubject(l.Text) || IsParticipantsHeading(l.Text))
                    || paragraph.Lines.All(l => !l.Text.TrimEnd().EndsWith(".", System.StringComparison.Ordinal)));
            var isGroupHeading = paragraph.Lines.Count == 1 && IsParticipantsHeading(paragraph.First.Text)
                && index + 1 < body.Count && body[index + 1].Lines.Any(l => ParticipantParser.IsBulletLine(l.Text));
            if (isGroupHeading)
            {
                pendingHeading = paragraph.First.Text.Trim();
                continue;
            }

            if (!isHeaderText)
            {
                break;
            }

            header.AddRange(paragraph.Lines);
            sawDate |= paragraph.Lines.Any(l => DateLine.Parse(l.Text) is not null);
        }

        if (pendingHeading is not null)
        {
            // A delegation heading with no bullets after it is kept, not dropped.
            groups.Add(new ParticipantGroupSpec(pendingHeading, EquatableArray<ParticipantSpec>.Empty));
        }

        var read = MemorandumHeader.Read(header);
        var blocks = new BodyParser(context, speakerTurns: false, headings: true).Parse(body.Skip(index).ToList());
        return document with
        {
            Genre = Genre.Memorandum,
            Number = number,
            Title = titleLine,
            TitleNotes = titleNotes.ToEquatableArray(),
            Date = read.Iso,
            DateLine = read.DateText,
            Place = read.Place,
            Time = read.Time,
            SubjectLabel = read.SubjectLabel,
            Subjects = read.Subjects.ToEquatableArray(),
            ParticipantsLabel = participantsLabel,
            Participants = groups.ToEquatableArray(),
            Blocks = blocks,
            Footnotes = notes.Select(n => FootnoteParser.ToSpec(n, context)).ToEquatableArray(),
            Provenance = SourceNote.Read(notes.FirstOrDefault().Text),
        };
    }

    /// <summary>Participant bullets within the next three paragraphs: what comes before them is still the header.</summary>
    private static bool ParticipantsFollow(IReadOnlyList<Paragraph> body, int index) =>
        body.Skip(index + 1).Take(3).Any(p => p.Lines.Any(l => ParticipantParser.IsBulletLine(l.Text) || ParticipantParser.IsListLabel(l.Text)));

    private static bool IsParticipantsHeading(string line)
    {
        var text = line.Trim().TrimEnd(':');
        return text.Length > 0 && text.Length <= 60
            && (text.IndexOf("PARTICIPANTS", System.StringComparison.OrdinalIgnoreCase) >= 0
                || text.EndsWith(" Side", System.StringComparison.OrdinalIgnoreCase)
                || text.EndsWith(" SIDE", System.StringComparison.Ordinal));
    }
}
