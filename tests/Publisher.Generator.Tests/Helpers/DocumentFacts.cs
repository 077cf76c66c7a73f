using System.Globalization;
using Publisher.Generator.Model;

namespace Publisher.Generator.Tests.Helpers;

/// <summary>The structures a reader notices in a parsed document, in reading order, for short assertions.</summary>
internal static class DocumentFacts
{
    public static List<string> Headings(DocumentSpec document) =>
        document.Blocks.Where(b => b.Kind == BlockKind.Heading).Select(b => Text(b.Inlines)).ToList();

    public static List<int> Pages(DocumentSpec document) =>
        document.Blocks.SelectMany(b => b.Inlines).Where(i => i.Kind == InlineKind.PageBreak).Select(i => int.Parse(i.Text, CultureInfo.InvariantCulture)).ToList();

    /// <summary>Footnote references in the title, participants and body, in order.</summary>
    public static List<int> References(DocumentSpec document) =>
        document.TitleNotes.Concat(document.Participants.SelectMany(g => g.Participants).SelectMany(p => p.Notes)).Concat(document.Blocks.SelectMany(b => b.Inlines))
            .Where(i => i.Kind == InlineKind.FootnoteRef).Select(i => int.Parse(i.Text, CultureInfo.InvariantCulture)).ToList();

    /// <summary>The speaker of each turn, in order, as written.</summary>
    public static List<string> Speakers(DocumentSpec document) =>
        document.Blocks.Where(b => b.Speaker is not null).Select(b => b.Speaker!).ToList();

    /// <summary>Paragraphs that were joined across a page break, with a space where the join is.</summary>
    public static List<string> Joined(DocumentSpec document) =>
        document.Blocks.Where(b => b.Inlines.Any(i => i.Kind == InlineKind.Join))
            .Select(b => string.Concat(b.Inlines.Select(i => i.Kind switch
            {
                InlineKind.Join => " ",
                InlineKind.PageBreak => "[" + i.Text + "]",
                _ => i.Text,
            })))
            .ToList();

    /// <summary>The text of a note or block with structure left out.</summary>
    public static string Text(IEnumerable<InlineSpec> inlines) =>
        string.Concat(inlines.Where(i => i.Kind is InlineKind.Text or InlineKind.Supplied or InlineKind.EditorialNote).Select(i => i.Text));

    public static (string? Title, string Name, string Marks) Person(ParticipantSpec participant) =>
        (participant.Title, participant.Name, string.Join("|", participant.Marks));
}
