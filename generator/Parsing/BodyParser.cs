using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Publisher.Generator.Diagnostics;
using Publisher.Generator.Helpers;
using Publisher.Generator.Model;

namespace Publisher.Generator.Parsing;

/// <summary>
/// Reads the running text of a document: section headings, page markers on their own line, editorial
/// notes, speaker turns, and paragraphs the source split across a page break.
/// </summary>
internal sealed class BodyParser
{
    private static readonly Regex PageOnly = new(@"^\[Page (\d+)\]$", RegexOptions.CultureInvariant);

    private readonly ParseContext _context;
    private readonly bool _speakerTurns;
    private readonly bool _headings;
    private readonly List<BlockSpec> _blocks = new();
    private readonly HashSet<string> _ids = new();
    private string? _speaker;
    private int _turn;

    public BodyParser(ParseContext context, bool speakerTurns, bool headings)
    {
        _context = context;
        _speakerTurns = speakerTurns;
        _headings = headings;
    }

    public EquatableArray<BlockSpec> Parse(IReadOnlyList<Paragraph> paragraphs)
    {
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var trimmed = paragraph.Trimmed;
            var page = PageOnly.Match(trimmed);
            if (page.Success)
            {
                var inlines = InlineParser.Parse(trimmed, Shift(paragraph), _context, footnoteRefs: false);
                Add(new BlockSpec(BlockKind.PageBreak, "page-" + page.Groups[1].Value, inlines.ToEquatableArray(), paragraph.Line) { Turn = _turn });
                continue;
            }

            if (IsEditorialNote(trimmed))
            {
                var inlines = InlineParser.Parse(paragraph.Text, paragraph.Lines, _context, footnoteRefs: true);
                Add(new BlockSpec(BlockKind.EditorialNote, "note-" + Hashes.Short(trimmed), inlines.ToEquatableArray(), paragraph.Line));
                EndTurn();
                continue;
            }

            // A paragraph cut in two by a page break of the original: no closing punctuation here, lower case next,
            // with or without the page marker on its own line between the halves.
            var joined = new List<Paragraph> { paragraph };
            var pages = new List<Paragraph?> { null };
            while (EndsOpen(joined[joined.Count - 1].Trimmed))
            {
                var between = p + 2 < paragraphs.Count && PageOnly.IsMatch(paragraphs[p + 1].Trimmed) ? paragraphs[p + 1] : null;
                var next = between is null ? p + 1 : p + 2;
                if (next >= paragraphs.Count || !StartsLower(paragraphs[next].Trimmed))
                {
                    break;
                }

                p = next;
                joined.Add(paragraphs[p]);
                pages.Add(between);
                _context.Diagnostics.Report(DiagnosticDescriptors.ParagraphRejoined, paragraphs[p].Line, 0, paragraphs[p].First.Text.Length);
            }

            if (joined.Count == 1 && _headings && IsHeading(trimmed, p + 1 < paragraphs.Count))
            {
                var inlines = InlineParser.Parse(paragraph.Text.Trim(), Shift(paragraph), _context, footnoteRefs: true);
                Add(new BlockSpec(BlockKind.Heading, Slug(trimmed), inlines.ToEquatableArray(), paragraph.Line));
                EndTurn();
                continue;
            }

            AddParagraph(joined, pages);
        }

        return _blocks.ToEquatableArray();
    }

    private void AddParagraph(List<Paragraph> parts, List<Paragraph?> pages)
    {
        var first = parts[0];
        var text = first.Text;
        var lines = first.Lines;
        string? speaker = null;
        if (_speakerTurns && SpeakerLabel.Match(text) is { } label)
        {
            speaker = label.Label;
            _speaker = speaker;
            _turn++;
            text = text.Substring(label.Length);
            lines = Skip(first.Lines, label.Length);
        }
        else if (_speaker is not null && SpeakerLabel.IsGroup(_speaker))
        {
            EndTurn();
        }

        var inlines = InlineParser.Parse(text, lines, _context, footnoteRefs: true);
        for (var i = 1; i < parts.Count; i++)
        {
            inlines.Add(new InlineSpec(InlineKind.Join, string.Empty));
            if (pages[i] is { } page)
            {
                inlines.AddRange(InlineParser.Parse(page.Trimmed, Shift(page), _context, footnoteRefs: false));
            }

            inlines.AddRange(InlineParser.Parse(parts[i].Text, parts[i].Lines, _context, footnoteRefs: true));
        }

        var key = string.Join("\n\n", parts.Select(x => x.Trimmed));
        Add(new BlockSpec(BlockKind.Paragraph, "p-" + Hashes.Short(key), inlines.ToEquatableArray(), first.Line)
        {
            Speaker = speaker,
            Turn = _speaker is null ? 0 : _turn,
        });
    }

    private void EndTurn() => _speaker = null;

    private void Add(BlockSpec block)
    {
        var id = block.Id;
        for (var n = 2; !_ids.Add(id); n++)
        {
            id = block.Id + "-" + n;
        }

        _blocks.Add(id == block.Id ? block : block with { Id = id });
    }

    private static bool IsEditorialNote(string trimmed) =>
        (trimmed.StartsWith("[NOTE:", System.StringComparison.Ordinal) && InlineParser.FindClosing(trimmed, 0) == trimmed.Length - 1)
        || ((trimmed.StartsWith("(Note:", System.StringComparison.Ordinal) || trimmed.StartsWith("(NOTE:", System.StringComparison.Ordinal))
            && InlineParser.FindClosing(trimmed, 0) >= trimmed.Length - 2);

    /// <summary>A section heading: one short line, capitalised, with no closing punctuation, followed by more text.</summary>
    private static bool IsHeading(string trimmed, bool hasNext)
    {
        if (!hasNext || trimmed.Contains('\n') || trimmed.Length > 80 || !char.IsUpper(trimmed[0]))
        {
            return false;
        }

        var words = trimmed.Split(' ');
        return words.Length <= 10 && ".,;:!?\u201D\"\u2019)]…".IndexOf(trimmed[trimmed.Length - 1]) < 0 && SpeakerLabel.Match(trimmed) is null;
    }

    private static bool EndsOpen(string trimmed)
    {
        var last = trimmed[trimmed.Length - 1];
        return char.IsLetterOrDigit(last) || last == ',' || last == '-';
    }

    private static bool StartsLower(string trimmed) => char.IsLower(trimmed[0]);

    private static string Slug(string text)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[builder.Length - 1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        return "s-" + (slug.Length == 0 ? Hashes.Short(text) : slug);
    }

    /// <summary>The paragraph's lines with leading space cut off, positions kept.</summary>
    private static IReadOnlyList<SeedLine> Shift(Paragraph paragraph) =>
        paragraph.Lines.Select(l =>
        {
            var cut = l.Text.Length - l.Text.TrimStart().Length;
            return new SeedLine(l.Number, l.Start + cut, l.Text.Substring(cut).TrimEnd(), l.Column + cut);
        }).ToList();

    /// <summary>The lines with the first <paramref name="count"/> characters of the joined text removed.</summary>
    private static IReadOnlyList<SeedLine> Skip(IReadOnlyList<SeedLine> lines, int count)
    {
        var result = new List<SeedLine>();
        foreach (var line in lines)
        {
            if (count >= line.Text.Length + 1)
            {
                count -= line.Text.Length + 1;
                continue;
            }

            result.Add(new SeedLine(line.Number, line.Start + count, line.Text.Substring(count), line.Column + count));
            count = 0;
        }

        return result.Count > 0 ? result : new List<SeedLine> { lines[lines.Count - 1] };
    }
}
