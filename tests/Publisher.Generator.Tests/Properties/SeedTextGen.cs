using CsCheck;

namespace Publisher.Generator.Tests.Properties;

/// <summary>
/// Random seed text: a mix of the structures the parser looks for (page markers, brackets, notes, bullets, speaker
/// labels, numbered headings, datelines, footnote digits glued to words), plain words, and arbitrary characters.
/// </summary>
internal static class SeedTextGen
{
    private static readonly Gen<string> Structure = Gen.OneOf(
        "[Page 12]", "[Page 1041]", "[Page ", "[", "]", "(NOTE:", "[NOTE: ", ")", "(", "•", "    • ", "- ", "* ", "**", "*",
        "GORBACHEV.", "MEMBERS OF THE POLITBURO.", "RYZHKOV. ", "ALL.", "Ridgway1", "summit.2", "3.", "12", "1.",
        "256. Memorandum of Conversation", "July 26, 1986", "October 14, 1986", "Chaired by:", "In attendance:", "Agenda:",
        "Source:", "Drafted by:", "Washington", "Горбачёв", "Политбюро.", "’", "\"", "“", "”", "—", ":", ";", ",", ".",
        "the", "Soviet", "side", "said", " ", "  ", "\t", "\n", "\n", "\n\n", "\r\n", "\r", "\n    ", "{{ 7 * 191 }}", "<script>", "&amp;");

    private static readonly Gen<string> Noise = Gen.String[Gen.Char, 0, 6];

    private static readonly Gen<string> Token = Gen.Frequency((8, Structure), (1, Noise));

    /// <summary>Up to 120 tokens joined without separators, so structures collide and glue together.</summary>
    public static Gen<string> Text { get; } = Token.Array[0, 120].Select(tokens => string.Concat(tokens));
}
