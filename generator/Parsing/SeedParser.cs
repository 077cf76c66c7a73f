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

            if (Unreadable(path, fileName, text) is { } unreadable)
            {
                return Fail(unreadable);
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
            var body = paragraphs.Skip(1).ToList();
            if (paragraphs[0].Lines.Count > 1)
            {
                // The title is the first line only: the rest of its paragraph is text and must not be dropped.
                body.Insert(0, new Paragraph(paragraphs[0].Lines.Skip(1).ToArray()));
            }

            document = document with
            {
                Date = date?.Iso,
                Blocks = new BodyParser(context, speakerTurns: false, headings: true).Parse(body),
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

    /// <summary>
    /// Why the text cannot be a document — bytes that were not valid UTF-8 (the compiler then falls back to a
    /// single-byte code page), NUL characters of a binary file, or replacement characters where a reader already
    /// lost bytes — as an error at the first offending character, so the editor can jump to it. The whole text is
    /// checked, however large.
    /// </summary>
    private static DiagnosticInfo? Unreadable(string path, string fileName, SourceText text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var content = text.ToString();
        var encoding = text.Encoding;
        if (encoding is not null && encoding is not UTF8Encoding && encoding is not UnicodeEncoding && encoding is not UTF32Encoding)
        {
            return At(path, fileName, content, FirstInvalidUtf8(encoding, content), "it is not valid UTF-8 (read as " + encoding.WebName + "); save it as UTF-8");
        }

        var nul = content.IndexOf('\0');
        if (nul >= 0)
        {
            return At(path, fileName, content, nul, "it holds NUL characters, so it looks like a binary file, not a text document");
        }

        var replaced = content.IndexOf('\uFFFD');
        return replaced >= 0
            ? At(path, fileName, content, replaced, "it holds " + content.Count(c => c == '\uFFFD') + " byte(s) that are not valid UTF-8; save it as UTF-8")
            : null;
    }

    /// <summary>Where the first byte that is not UTF-8 sits: a single-byte code page maps bytes to characters one to one.</summary>
    private static int FirstInvalidUtf8(Encoding encoding, string content)
    {
        try
        {
            new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetCharCount(encoding.GetBytes(content));
            return 0;
        }
        catch (DecoderFallbackException exception)
        {
            return Math.Min(Math.Max(0, exception.Index), content.Length - 1);
        }
    }

    /// <summary>An unreadable-seed error at one character, with the line and column counted as SeedLines counts them.</summary>
    private static DiagnosticInfo At(string path, string fileName, string content, int offset, string reason)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (content[i] == '\n' || (content[i] == '\r' && (i + 1 >= content.Length || content[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        var position = new LinePosition(line, offset - lineStart);
        var location = new LocationInfo(path, new TextSpan(offset, 1), new LinePositionSpan(position, new LinePosition(line, position.Character + 1)));
        return new DiagnosticInfo(DiagnosticDescriptors.UnreadableSeed, location, new[] { fileName, reason }.ToEquatableArray());
    }

    private static SeedResult Fail(DiagnosticInfo diagnostic) =>
        new(null, new[] { diagnostic }.ToEquatableArray());
}
