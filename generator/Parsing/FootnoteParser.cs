using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using Publisher.Generator.Helpers;
using Publisher.Generator.Model;

namespace Publisher.Generator.Parsing;

/// <summary>
/// Finds the numbered notes at the end of a document (<c>  1. Source: …</c>): trailing paragraphs whose
/// lines are notes numbered from 1 upwards, an unnumbered line continuing the note before it.
/// </summary>
internal static class FootnoteParser
{
    private static readonly Regex NoteLine = new(@"^\s*(\d{1,3})\.\s+(.*)$", RegexOptions.CultureInvariant);

    private static readonly Regex SourceNoteLine = new(@"^1\.\s+Source:", RegexOptions.CultureInvariant);

    /// <summary>How many paragraphs at the end are notes; 0 when the document has none.</summary>
    public static int CountTrailing(IReadOnlyList<Paragraph> paragraphs)
    {
        var count = 0;
        var expectedFirst = -1;
        for (var p = paragraphs.Count - 1; p >= 1; p--)
        {
            var first = NoteLine.Match(paragraphs[p].First.Text);
            if (!first.Success || !IsNumbered(paragraphs[p]))
            {
                break;
            }

            var number = int.Parse(first.Groups[1].Value, CultureInfo.InvariantCulture);
            if (expectedFirst >= 0 && number >= expectedFirst)
            {
                break;
            }

            expectedFirst = number;
            count++;
            if (number == 1)
            {
                return count;
            }
        }

        return 0;
    }

    public static List<(int Number, string Text, IReadOnlyList<SeedLine> Lines)> Split(IEnumerable<Paragraph> paragraphs)
    {
        var notes = new List<(int Number, string Text, IReadOnlyList<SeedLine> Lines)>();
        foreach (var paragraph in paragraphs)
        {
            foreach (var line in paragraph.Lines)
            {
                var match = NoteLine.Match(line.Text);
                if (match.Success && (notes.Count == 0 || int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) > notes[notes.Count - 1].Number))
                {
                    var text = match.Groups[2].Value;
                    var offset = match.Groups[2].Index;
                    var shifted = new SeedLine(line.Number, line.Start + offset, text, offset);
                    notes.Add((int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), text, new List<SeedLine> { shifted }));
                }
                else if (notes.Count > 0)
                {
                    var last = notes[notes.Count - 1];
                    var lines = new List<SeedLine>(last.Lines) { line };
                    notes[notes.Count - 1] = (last.Number, last.Text + "\n" + line.Text, lines);
                }
            }
        }

        return notes;
    }

    public static FootnoteSpec ToSpec((int Number, string Text, IReadOnlyList<SeedLine> Lines) note, ParseContext context) =>
        new(note.Number, InlineParser.Parse(note.Text, note.Lines, context, footnoteRefs: false).ToEquatableArray(), note.Lines[0].Number);

    /// <summary>
    /// Notes are indented, or several numbered lines in a row; an unindented single note counts only when it is the
    /// source note (<c>1. Source: …</c>), so a closing numbered sentence of the text is not taken for one.
    /// </summary>
    private static bool IsNumbered(Paragraph paragraph) =>
        char.IsWhiteSpace(paragraph.First.Text, 0)
        || paragraph.Lines.Count > 1 && NoteLine.IsMatch(paragraph.Lines[1].Text)
        || SourceNoteLine.IsMatch(paragraph.First.Text);
}
