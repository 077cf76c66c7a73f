using System.Text;
using Publisher.Site.Model;

namespace Publisher.Site.Export;

/// <summary>The document as plain text: header, body with page markers as <c>[Page N]</c>, notes at the end.</summary>
public static class PlainTextExporter
{
    public static string Export(DocumentEntry document)
    {
        var content = document.Content;
        var text = new StringBuilder();

        // In the order of the source: classification lines stand above the title.
        foreach (var line in content.Classification)
        {
            text.Append(line).Append('\n');
        }

        text.Append(document.Number is { } number ? $"{number}. " : string.Empty).Append(document.Title);
        AppendInlines(text, content.TitleNotes);
        text.Append('\n');
        foreach (var line in content.Subjects)
        {
            text.Append(line).Append('\n');
        }

        if (content.DateLine is { } dateLine)
        {
            text.Append(dateLine).Append('\n');
        }

        if (content.Chair is { } chair)
        {
            text.Append("Chaired by: ").Append(chair).Append('\n');
        }

        if (content.Attendees.Count > 0)
        {
            text.Append("In attendance: ").Append(content.AttendeesHonorific is { } honorific ? honorific + " " : string.Empty).Append(string.Join(", ", content.Attendees)).Append('\n');
        }

        if (content.Agenda is { } agenda)
        {
            text.Append('\n').Append(agenda).Append('\n');
        }

        foreach (var group in content.Participants)
        {
            text.Append('\n');
            if (group.Heading is { } heading)
            {
                text.Append(heading).Append('\n');
            }

            foreach (var participant in group.Participants)
            {
                text.Append("  • ").Append(participant.Source).Append('\n');
            }
        }

        foreach (var block in content.Blocks)
        {
            text.Append('\n');
            if (block.Speaker is { } speaker)
            {
                text.Append(speaker).Append(". ");
            }

            AppendInlines(text, block.Inlines);
            text.Append('\n');
        }

        if (content.Signature is { } signature)
        {
            text.Append('\n').Append('[').Append(signature.Label).Append("] ").Append(signature.Name).Append('\n');
        }

        if (content.SourceLines.Count > 0)
        {
            text.Append('\n').Append(string.Join("\n", content.SourceLines.Select(l => l.Trim().Trim('*')))).Append('\n');
        }

        if (content.Footnotes.Count > 0)
        {
            text.Append("\nNotes\n");
            foreach (var note in content.Footnotes)
            {
                text.Append(note.Number).Append(". ");
                AppendInlines(text, note.Inlines);
                text.Append('\n');
            }
        }

        return text.ToString();
    }

    public static void AppendInlines(StringBuilder text, IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            text.Append(inline.Kind switch
            {
                InlineKind.FootnoteRef => $"[{inline.Text}]",
                InlineKind.PageBreak => $"[Page {inline.Text}]",
                InlineKind.Supplied => $"[{inline.Text}]",
                InlineKind.EditorialNote => $"{inline.Bracket}{inline.Text}{(inline.Bracket == "(" ? ")" : "]")}",
                InlineKind.Join => " ",
                _ => inline.Text,
            });
        }
    }
}
