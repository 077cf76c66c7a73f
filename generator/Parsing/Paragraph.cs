using System.Collections.Generic;
using System.Linq;

namespace Publisher.Generator.Parsing;

/// <summary>Consecutive non-blank lines of a seed.</summary>
internal sealed class Paragraph
{
    public Paragraph(IReadOnlyList<SeedLine> lines) => Lines = lines;

    public IReadOnlyList<SeedLine> Lines { get; }

    public SeedLine First => Lines[0];

    public int Line => Lines[0].Number;

    /// <summary>The lines joined with a newline, each keeping its own leading and trailing spaces (Markdown hard breaks).</summary>
    public string Text => string.Join("\n", Lines.Select(l => l.Text));

    /// <summary>The text with each line trimmed, for matching.</summary>
    public string Trimmed => string.Join("\n", Lines.Select(l => l.Text.Trim()));

    public static List<Paragraph> Split(IReadOnlyList<SeedLine> lines)
    {
        var paragraphs = new List<Paragraph>();
        var current = new List<SeedLine>();
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                Flush();
            }
            else
            {
                current.Add(line);
            }
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Count > 0)
            {
                paragraphs.Add(new Paragraph(current.ToArray()));
                current.Clear();
            }
        }
    }
}
