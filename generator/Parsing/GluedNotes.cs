using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using Publisher.Generator.Model;

namespace Publisher.Generator.Parsing;

/// <summary>
/// A footnote number glued to the end of a header line (<c>Memorandum of Conversation1</c>, <c>Bruce Burton (SOV)2</c>):
/// taken off the text as a reference when the document declares that note, left as written otherwise.
/// </summary>
internal static class GluedNotes
{
    private static readonly Regex Glued = new(@"(?<=[\p{Ll}.,;:)\u201D\u2019])(?<n>\d{1,3})$", RegexOptions.CultureInvariant);

    public static string Strip(string text, ParseContext context, List<InlineSpec> notes)
    {
        var match = Glued.Match(text);
        if (!match.Success)
        {
            return text;
        }

        var number = int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture);
        if (!context.DeclaredNotes.Contains(number))
        {
            return text;
        }

        context.ReferencedNotes.Add(number);
        notes.Add(new InlineSpec(InlineKind.FootnoteRef, number.ToString(CultureInfo.InvariantCulture)));
        return text.Substring(0, match.Index);
    }
}
