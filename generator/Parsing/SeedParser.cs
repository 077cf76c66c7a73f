using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using Publisher.Generator.Diagnostics;
using Publisher.Generator.Helpers;
using Publisher.Generator.Model;

namespace Publisher.Generator.Parsing;

/// <summary>
/// Parses one seed: checks it can be read, tells its genre from its structure (never its file name), and hands
/// it to the genre's parser. Never throws: whatever goes wrong becomes a diagnostic at the seed.
/// </summary>
internal static class SeedParser
{
    public static SeedResult Parse(string path, SourceText? text)
    {
        var fileName = Path.GetFileName(path);
        try
        {
            if (text is null)
            {
                return Fail(DiagnosticSink.AtFile(DiagnosticDescriptors.UnreadableSeed, path, fileName, "the file could not be opened"));
            }

            if (Unreadable(text) is { } reason)
            {
                return Fail(DiagnosticSink.AtFile(DiagnosticDescriptors.UnreadableSeed, path, fileName, reason));
            }

            return Parse(path, fileName, text.ToString());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Fail(DiagnosticSink.AtFile(DiagnosticDescriptors.ParserFailure, path, fileName, exception.GetType().Name + ": " + exception.Message));
        }
    }

    public static SeedResult Parse(string path, string fileName, string content)
    {
        var lines = SeedLines.Split(content.Length > 0 && content[0] == '\uFEFF' ? content.Substring(1) : content);
        var sink = new DiagnosticSink(path, lines);
        var context = new ParseContext(sink);
        var paragraphs = Paragraph.Split(lines);
        if (paragraphs.Count == 0)
        {
            return Fail(DiagnosticSink.AtFile(DiagnosticDescriptors.EmptyDocument, path, fileName));
        }

        var document = new DocumentSpec
        {
            Id = DocumentIds.FromFileName(fileName),
            Source = fileName,
            Path = path,
            Title = paragraphs[0].First.Text.Trim(),
        };

        // Numbered session notes with a date could pass for a memorandum; speaker turns without the memorandum's
        // marks (its title or participant bullets) decide for session notes.
        var sessionNotes = SessionNotesParser.Looks(paragraphs);
        if (MemorandumParser.Looks(paragraphs) && (!sessionNotes || MemorandumParser.HasOwnMarks(paragraphs)))
        {
            document = MemorandumParser.Parse(document, paragraphs, context);
        }
        else if (sessionNotes)
        {
            document = SessionNotesParser.Parse(document, paragraphs, context);
        }
        else
        {
            sink.Report(DiagnosticDescriptors.GenreNotRecognised, paragraphs[0].Line, 0, paragraphs[0].First.Text.Length);
            var date = paragraphs.Take(3).SelectMany(p => p.Lines).Select(l => DateLine.Parse(l.Text)).FirstOrDefault(d => d is not null);
            document = document with
            {
                Date = date?.Iso,
                Blocks = new BodyParser(context, speakerTurns: false, headings: true).Parse(paragraphs.Skip(1).ToList()),
            };
        }

        if (document.Date is null)
        {
            sink.Report(DiagnosticDescriptors.NoDate, paragraphs[0].Line, 0, paragraphs[0].First.Text.Length);
        }

        foreach (var note in document.Footnotes.Where(n => !context.ReferencedNotes.Contains(n.Number)))
        {
            var text = lines[note.Line - 1].Text;
            var indent = text.Length - text.TrimStart().Length;
            sink.Report(DiagnosticDescriptors.FootnoteNeverReferenced, note.Line, indent, text.Length - indent, note.Number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return new SeedResult(document, sink.Items.ToEquatableArray());
    }

    /// <summary>Why the text cannot be a document: binary content, or bytes that were not valid UTF-8 or UTF-16.</summary>
    private static string? Unreadable(SourceText text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var encoding = text.Encoding;
        if (encoding is not null && encoding is not UTF8Encoding && encoding is not UnicodeEncoding && encoding is not UTF32Encoding)
        {
            return "it is not valid UTF-8 (read as " + encoding.WebName + "); save it as UTF-8";
        }

        var sample = text.ToString(new TextSpan(0, Math.Min(text.Length, 1 << 20)));
        if (sample.IndexOf('\0') >= 0)
        {
            return "it holds NUL characters, so it looks like a binary file, not a text document";
        }

        var replaced = sample.Count(c => c == '\uFFFD');
        return replaced > 0 ? "it holds " + replaced + " byte(s) that are not valid UTF-8; save it as UTF-8" : null;
    }

    private static SeedResult Fail(DiagnosticInfo diagnostic) =>
        new(null, new[] { diagnostic }.ToEquatableArray());
}
