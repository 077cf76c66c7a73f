using System.Collections.Generic;

namespace Publisher.Generator.Parsing;

/// <summary>Maps an offset in a paragraph's joined text back to the seed line and column it came from.</summary>
internal static class TextPosition
{
    public static (int Line, int Column) Locate(IReadOnlyList<SeedLine> lines, int offset)
    {
        foreach (var line in lines)
        {
            if (offset <= line.Text.Length)
            {
                return (line.Number, line.Column + offset);
            }

            offset -= line.Text.Length + 1;
        }

        var last = lines[lines.Count - 1];
        return (last.Number, last.Column + last.Text.Length);
    }
}
