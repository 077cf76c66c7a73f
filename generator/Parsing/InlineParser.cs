using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Publisher.Generator.Diagnostics;
using Publisher.Generator.Model;

namespace Publisher.Generator.Parsing;

/// <summary>
/// Splits a paragraph's text into runs: page markers, editorial notes, supplied words, footnote references
/// and the text between them. Every character of the input is in exactly one run.
/// </summary>
internal static class InlineParser
{
    private static readonly Regex PageMarker = new(@"\G\[Page (\d+)\]", RegexOptions.CultureInvariant);

    private static readonly Regex NoteOpening = new(@"\G[\[(](NOTE|Note):", RegexOptions.CultureInvariant);

    /// <summary>Characters a footnote number may be glued to besides a lower-case letter.</summary>
    private const string GluePunctuation = ".,;:!?\u201D\u2019\")";

    /// <summary>Punctuation after which a glued number is certainly a footnote reference, declared or not.</summary>
    private const string SentencePunctuation = ".,;:!?\u201D\"";

    public static List<InlineSpec> Parse(string text, IReadOnlyList<SeedLine> lines, ParseContext context, bool footnoteRefs)
    {
        var runs = new List<InlineSpec>();
        var buffer = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '[' || c == '(')
            {
                var page = c == '[' ? PageMarker.Match(text, i) : Match.Empty;
                if (page.Success)
                {
                    Flush();
                    var number = page.Groups[1].Value;
                    CheckPageOrder(number, lines, i, context);
                    runs.Add(new InlineSpec(InlineKind.PageBreak, number));
                    i += page.Length;
                    continue;
                }

                var isNote = NoteOpening.IsMatch(text, i);
                if (c == '[' || isNote)
                {
                    var close = FindClosing(text, i);
                    if (close < 0)
                    {
                        if (c == '[')
                        {
                            var (line, column) = TextPosition.Locate(lines, i);
                            context.Diagnostics.Report(DiagnosticDescriptors.UnbalancedBracket, line, column, 1, "[", "]");
                        }

                        buffer.Append(c);
                        i++;
                        continue;
                    }

                    Flush();
                    var inner = text.Substring(i + 1, close - i - 1);
                    runs.Add(isNote
                        ? new InlineSpec(InlineKind.EditorialNote, inner) { Bracket = c.ToString() }
                        : new InlineSpec(InlineKind.Supplied, inner));
                    i = close + 1;
                    continue;
                }
            }

            if (c == ']')
            {
                var (line, column) = TextPosition.Locate(lines, i);
                context.Diagnostics.Report(DiagnosticDescriptors.UnbalancedBracket, line, column, 1, "]", "[");
            }

            if (footnoteRefs && IsDigit(c) && (i == 0 || !IsDigit(text[i - 1])))
            {
                var end = i;
                while (end < text.Length && IsDigit(text[end]))
                {
                    end++;
                }

                var kind = ClassifyNumber(text, i, end, context, out var number);
                if (kind == NumberKind.Reference)
                {
                    Flush();
                    context.ReferencedNotes.Add(number);
                    runs.Add(new InlineSpec(InlineKind.FootnoteRef, number.ToString(CultureInfo.InvariantCulture)));
                    i = end;
                    continue;
                }

                if (kind == NumberKind.UndeclaredReference)
                {
                    var (line, column) = TextPosition.Locate(lines, i);
                    context.Diagnostics.Report(DiagnosticDescriptors.FootnoteWithoutNote, line, column, end - i, number.ToString(CultureInfo.InvariantCulture));
                }

                buffer.Append(text, i, end - i);
                i = end;
                continue;
            }

            buffer.Append(c);
            i++;
        }

        Flush();
        return runs;

        void Flush()
        {
            if (buffer.Length > 0)
            {
                runs.Add(new InlineSpec(InlineKind.Text, buffer.ToString()));
                buffer.Clear();
            }
        }
    }

    /// <summary>The index of the bracket that closes the one at <paramref name="open"/>, nesting counted; -1 if none.</summary>
    public static int FindClosing(string text, int open)
    {
        var opening = text[open];
        var closing = opening == '[' ? ']' : ')';
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == opening)
            {
                depth++;
            }
            else if (text[i] == closing && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private enum NumberKind
    {
        Text,
        Reference,
        UndeclaredReference,
    }

    /// <summary>
    /// A number is a footnote reference only when glued to a lower-case letter or closing punctuation and
    /// not followed by a letter or digit: <c>again.2</c>, <c>Conversation1</c>, but never <c>1,000</c>,
    /// <c>August 10–15</c>, <c>90D397</c> or a decimal.
    /// </summary>
    private static NumberKind ClassifyNumber(string text, int start, int end, ParseContext context, out int number)
    {
        number = 0;
        if (start == 0 || end - start > 3)
        {
            return NumberKind.Text;
        }

        var before = text[start - 1];
        var glued = char.IsLower(before) || GluePunctuation.IndexOf(before) >= 0;
        if (!glued || (start >= 2 && IsDigit(text[start - 2]) && !EndsSentenceAfterNumber(text, start, end, before, context)))
        {
            return NumberKind.Text;
        }

        if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '\u2013' || text[end] == '-' || text[end] == ',' || text[end] == '/'))
        {
            return NumberKind.Text;
        }

        number = int.Parse(text.Substring(start, end - start), CultureInfo.InvariantCulture);
        if (context.DeclaredNotes.Contains(number))
        {
            return NumberKind.Reference;
        }

        var afterSentence = SentencePunctuation.IndexOf(before) >= 0 && start >= 2 && char.IsLetter(text[start - 2]);
        var endsWord = end == text.Length || char.IsWhiteSpace(text[end]);
        return afterSentence && endsWord ? NumberKind.UndeclaredReference : NumberKind.Text;
    }

    /// <summary>
    /// <c>January 12.2 He</c>: a declared note glued to the full stop after a number, the sentence ending there. A
    /// decimal (<c>3.5 percent</c>) is followed by lower case, so it stays text.
    /// </summary>
    private static bool EndsSentenceAfterNumber(string text, int start, int end, char before, ParseContext context)
    {
        if (before != '.' || !context.DeclaredNotes.Contains(int.Parse(text.Substring(start, end - start), CultureInfo.InvariantCulture)))
        {
            return false;
        }

        if (end == text.Length)
        {
            return true;
        }

        return char.IsWhiteSpace(text[end]) && end + 1 < text.Length && (char.IsUpper(text[end + 1]) || text[end + 1] == '\u201C' || text[end + 1] == '"');
    }

    private static void CheckPageOrder(string number, IReadOnlyList<SeedLine> lines, int offset, ParseContext context)
    {
        var page = int.Parse(number, CultureInfo.InvariantCulture);
        var (line, column) = TextPosition.Locate(lines, offset);
        if (context.LastPage is { } last && page <= last)
        {
            context.Diagnostics.Report(DiagnosticDescriptors.PageNotIncreasing, line, column, number.Length + 7, number, last.ToString(CultureInfo.InvariantCulture));
        }

        context.LastPage = page;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
