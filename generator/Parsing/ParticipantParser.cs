using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Publisher.Generator.Helpers;
using Publisher.Generator.Model;

namespace Publisher.Generator.Parsing;

/// <summary>
/// Reads participant lines, <c>    • Ambassador Matlock (NSC)</c>: the title the source gives, the name, and the
/// parenthesised marks after it.
/// </summary>
internal static class ParticipantParser
{
    private static readonly Regex Bullet = new(@"^\s*[•\u2022\u25CF\u25AA\u00B7*\-–]\s+(?<entry>.+?)\s*$", RegexOptions.CultureInvariant);

    private static readonly Regex Mark = new(@"\s*\((?<mark>[^()]+)\)\s*$", RegexOptions.CultureInvariant);

    /// <summary>Titles as the sources write them, longest first so <c>Deputy ForMin</c> wins over <c>ForMin</c>.</summary>
    private static readonly string[] Titles =
    {
        "Deputy Assistant Secretary", "Deputy Secretary of State", "Deputy Secretary", "Assistant Secretary of State", "Assistant Secretary", "Under Secretary",
        "Deputy Foreign Minister", "Foreign Minister", "Deputy ForMin", "ForMin", "Deputy Minister", "Minister Counselor",
        "Minister-Counselor", "First Deputy", "Second Secretary", "First Secretary", "Third Secretary", "Secretary of State",
        "General Secretary", "Secretary", "Ambassador-at-Large", "Ambassador", "Counselor", "Attaché", "Minister",
        "President", "Vice President", "Senator", "Congressman", "Marshal", "Major General", "Lieutenant General", "Colonel General", "Brigadier General", "Rear Admiral",
        "Vice Admiral", "General", "Admiral", "Colonel", "Lieutenant Colonel",
        "Major", "Captain", "Academician", "Professor", "Dr.", "Mr.", "Mrs.", "Ms.", "DAS", "DCM", "Amb.",
    };

    public static bool IsBulletLine(string line) => Bullet.IsMatch(line);

    /// <summary>The label over the whole list, <c>PARTICIPANTS</c> or <c>Participants:</c>, as opposed to a delegation's heading.</summary>
    public static bool IsListLabel(string line) =>
        string.Equals(line.Trim().TrimEnd(':').Trim(), "PARTICIPANTS", System.StringComparison.OrdinalIgnoreCase);

    public static ParticipantSpec Parse(SeedLine line, ParseContext context)
    {
        var entry = Bullet.Match(line.Text).Groups["entry"].Value;
        var notes = new List<InlineSpec>();
        var rest = GluedNotes.Strip(entry, context, notes);
        var marks = new List<string>();
        for (var match = Mark.Match(rest); match.Success && match.Index > 0; match = Mark.Match(rest))
        {
            marks.Insert(0, match.Groups["mark"].Value);
            rest = rest.Substring(0, match.Index);
        }

        string? title = null;
        var comma = rest.IndexOf(", ", System.StringComparison.Ordinal);
        if (comma > 0)
        {
            title = rest.Substring(comma + 2).Trim();
            rest = rest.Substring(0, comma);
        }
        else
        {
            foreach (var candidate in Titles.OrderByDescending(t => t.Length))
            {
                if (rest.StartsWith(candidate + " ", System.StringComparison.Ordinal))
                {
                    title = candidate;
                    rest = rest.Substring(candidate.Length + 1);
                    break;
                }
            }
        }

        return new ParticipantSpec(entry, title, rest.Trim(), marks.ToEquatableArray(), line.Number) { Notes = notes.ToEquatableArray() };
    }

    /// <summary>
    /// Reads a paragraph of participants: a non-bullet line is the heading of the bullets under it, so a paragraph
    /// holding <c>U.S. Side</c>, bullets, <c>Soviet Side</c>, bullets gives two groups, unless it starts with a
    /// lower-case letter right under a bullet (<c>and her deputy</c>): then it continues that participant's entry.
    /// <paramref name="pendingHeading"/> comes in as the heading of the first bullets and goes out as a heading left
    /// over for the next paragraph.
    /// </summary>
    public static List<ParticipantGroupSpec> ParseGroups(Paragraph paragraph, ParseContext context, ref string? pendingHeading)
    {
        var groups = new List<ParticipantGroupSpec>();
        var heading = pendingHeading;
        var participants = new List<ParticipantSpec>();
        SeedLine? entry = null;
        foreach (var line in paragraph.Lines)
        {
            if (IsBulletLine(line.Text))
            {
                Flush();
                entry = line;
                continue;
            }

            if (entry is { } open && Continues(line.Text))
            {
                entry = open with { Text = open.Text.TrimEnd() + " " + line.Text.Trim() };
                continue;
            }

            Flush();
            if (participants.Count > 0)
            {
                groups.Add(new ParticipantGroupSpec(heading, participants.ToEquatableArray()));
                participants.Clear();
                heading = null;
            }

            heading = heading is null ? line.Text.Trim() : heading + " " + line.Text.Trim();
        }

        Flush();
        if (participants.Count > 0)
        {
            groups.Add(new ParticipantGroupSpec(heading, participants.ToEquatableArray()));
            heading = null;
        }

        // A heading after the last bullets belongs to the next paragraph's bullets.
        pendingHeading = heading;
        return groups;

        // Parsed only once the entry is complete, so its notes are read once, continuation included.
        void Flush()
        {
            if (entry is { } complete)
            {
                participants.Add(Parse(complete, context));
                entry = null;
            }
        }
    }

    /// <summary>A line going on with the entry above it: a delegation heading starts with a capital, this does not.</summary>
    private static bool Continues(string line)
    {
        var text = line.TrimStart();
        return text.Length > 0 && char.IsLower(text[0]);
    }
}
