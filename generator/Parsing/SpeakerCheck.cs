using System;
using System.Collections.Generic;
using System.Linq;
using Publisher.Generator.Diagnostics;
using Publisher.Generator.Model;

namespace Publisher.Generator.Parsing;

/// <summary>
/// Flags speaker labels that name no one in the attendance list or the chair (<c>GORBACHEVA</c>): the label is kept
/// as written, never corrected, and the editor is told. Surnames are compared without regard to case, so
/// <c>SOLOMENTSEV</c> matches <c>Solomentsev V.C.</c> and <c>GROMYKO</c> matches <c>A.A. Gromyko</c>.
/// </summary>
internal static class SpeakerCheck
{
    public static void Report(IEnumerable<BlockSpec> blocks, string? chair, IEnumerable<string> attendees, IReadOnlyList<Paragraph> body, ParseContext context)
    {
        var names = new HashSet<string>(Names(attendees.Concat(chair is null ? Array.Empty<string>() : new[] { chair })), StringComparer.OrdinalIgnoreCase);
        if (names.Count == 0)
        {
            return;
        }

        var columns = body.GroupBy(p => p.Line).ToDictionary(g => g.Key, g => g.First().First.Text.Length - g.First().First.Text.TrimStart().Length);
        foreach (var block in blocks)
        {
            if (block.Speaker is not { } label || label.IndexOf(' ') >= 0 || SpeakerLabel.IsGroup(label) || names.Contains(label))
            {
                continue;
            }

            columns.TryGetValue(block.Line, out var column);
            context.Diagnostics.Report(DiagnosticDescriptors.SpeakerNotAttending, block.Line, column, label.Length, label);
        }
    }

    /// <summary>The words of the names that are not initials: <c>Aliev G.A.</c> → <c>Aliev</c>; <c>cde. GORBACHEV. M.S.</c> → <c>cde</c>, <c>GORBACHEV</c>.</summary>
    private static IEnumerable<string> Names(IEnumerable<string> people) =>
        people.SelectMany(p => p.Split(new[] { ' ', '.', ',', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 1);
}
