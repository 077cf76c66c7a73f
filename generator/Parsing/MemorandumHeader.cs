using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Publisher.Generator.Parsing;

/// <summary>
/// Reads the header lines of a memorandum between its title and its participants: subject lines (<c>SUBJECT:</c>,
/// a bare <c>SUBJECT</c> over the subject, or an unlabelled subtitle), the dateline (one line or two, the time
/// continuing on the second), and the labelled forms <c>DATE:</c>, <c>TIME:</c>, <c>PLACE:</c>.
/// </summary>
internal sealed class MemorandumHeader
{
    private static readonly Regex Subject = new(@"^(?:(?<label>SUBJECT:|Subject:)\s*(?<subject>.*)|(?<label>SUBJECT))$", RegexOptions.CultureInvariant);

    private static readonly Regex Detail = new(@"^(?<label>TIME|PLACE|LOCATION):\s*(?<v>.+)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static readonly Regex TimeContinuation = new(@"^\d{1,2}(:\d{2})?\s*(a\.m\.|p\.m\.|A\.M\.|P\.M\.|noon)", RegexOptions.CultureInvariant);

    private bool subjectsBeforeDate;

    public List<string> Subjects { get; } = new();

    public string? SubjectLabel { get; private set; }

    /// <summary>ISO 8601 date; null when none was found.</summary>
    public string? Iso { get; private set; }

    public string? Place { get; private set; }

    public string? Time { get; private set; }

    /// <summary>The date, time and place lines as written, joined by newlines.</summary>
    public string? DateText { get; private set; }

    public static bool IsSubject(string line) => Subject.IsMatch(line.Trim());

    /// <summary>A line of the header's date block: a dateline, <c>DATE:</c>, <c>TIME:</c> or <c>PLACE:</c>.</summary>
    public static bool IsDateBlock(string line) => DateLine.Parse(line) is not null || Detail.IsMatch(line.Trim());

    public static MemorandumHeader Read(IEnumerable<SeedLine> lines)
    {
        var header = new MemorandumHeader();
        var subjectFollows = false;
        var last = LineKind.None;
        foreach (var line in lines)
        {
            last = header.Add(line, last, ref subjectFollows);
        }

        return header;
    }

    /// <summary>Reads one line and says what it was, so an indented line continues the field just above it.</summary>
    private LineKind Add(SeedLine line, LineKind last, ref bool subjectFollows)
    {
        var text = line.Text.Trim();
        var subject = Subject.Match(text);
        var parsed = DateLine.Parse(text);
        if (subject.Success)
        {
            SubjectLabel ??= subject.Groups["label"].Value;
            subjectFollows = subject.Groups["subject"].Value.Length == 0;
            if (!subjectFollows)
            {
                Subjects.Add(subject.Groups["subject"].Value);
            }

            return LineKind.Subject;
        }
        else if (subjectFollows && parsed is null)
        {
            // A bare "SUBJECT" stands over the subject on the next line.
            Subjects.Add(text);
            subjectFollows = false;
            return LineKind.Subject;
        }

        var indented = line.Text.Length > 0 && char.IsWhiteSpace(line.Text[0]) && parsed is null && !Detail.IsMatch(text);
        if (indented && last == LineKind.Subject && Subjects.Count > 0)
        {
            // An indented line continues the subject above it.
            Subjects[Subjects.Count - 1] += " " + text;
            return LineKind.Subject;
        }

        if (indented && last == LineKind.Date)
        {
            // An indented line under the dateline continues it: joining it to a subject further up would move
            // its words before the date.
            AppendDateText(text);
            return LineKind.Date;
        }

        if (Iso is null && parsed is not null)
        {
            subjectsBeforeDate = Subjects.Count > 0;
            Iso = parsed.Iso;
            Place ??= parsed.Place;
            Time ??= parsed.Time;
            AppendDateText(text);
            return LineKind.Date;
        }

        if (Detail.Match(text) is { Success: true } detail)
        {
            var value = detail.Groups["v"].Value.Trim();
            if (string.Equals(detail.Groups["label"].Value, "TIME", System.StringComparison.OrdinalIgnoreCase))
            {
                Time = value;
            }
            else
            {
                Place = value;
            }

            AppendDateText(text);
            return LineKind.Date;
        }

        if (Iso is not null && TimeContinuation.IsMatch(text))
        {
            // "Washington, July 26, 1986," / "11 a.m.–1 p.m.": the time on the line after the date.
            AppendDateText(text);
            Time = Time is null ? text : Time + " " + text;
            return LineKind.Date;
        }

        if (DateText is not null && subjectsBeforeDate)
        {
            // The header shows the subject above the date: a subject line after a dateline that already has one
            // above it would move its words before the date, so it stays with the date block it follows.
            AppendDateText(text);
            return LineKind.Date;
        }

        Subjects.Add(text);
        return LineKind.Subject;
    }

    private enum LineKind
    {
        None,
        Subject,
        Date,
    }

    private void AppendDateText(string text) => DateText = DateText is null ? text : DateText + "\n" + text;
}
