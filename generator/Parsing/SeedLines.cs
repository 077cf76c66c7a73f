using System.Collections.Generic;

namespace Publisher.Generator.Parsing;

/// <summary>Splits text into lines at CRLF, LF or a lone CR, so every editor's files parse alike.</summary>
internal static class SeedLines
{
    public static List<SeedLine> Split(string text)
    {
        var lines = new List<SeedLine>();
        var start = 0;
        var number = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '\n' && c != '\r')
            {
                continue;
            }

            lines.Add(new SeedLine(number++, start, text.Substring(start, i - start)));
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        if (start < text.Length)
        {
            lines.Add(new SeedLine(number, start, text.Substring(start)));
        }

        return lines;
    }
}
