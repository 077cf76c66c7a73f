using System.Text;
using Publisher.Generator.Parsing;

namespace Publisher.Fuzz;

/// <summary>
/// The fuzz target: bytes decoded as the compiler decodes a seed (byte order mark, else strict UTF-8, else Latin-1),
/// then parsed by <see cref="SeedParser"/> without its safety net, so any exception is a finding. The parse is run
/// twice and must give equal results (deterministic).
/// </summary>
internal static class ParserTarget
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static void Run(byte[] bytes)
    {
        var text = Decode(bytes);
        var first = SeedParser.Parse("/seeds/fuzz.txt", "fuzz.txt", text);
        var second = SeedParser.Parse("/seeds/fuzz.txt", "fuzz.txt", text);
        if (!first.Equals(second))
        {
            throw new InvalidOperationException("the parser gave two different results for the same text");
        }
    }

    private static string Decode(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), StrictUtf8, detectEncodingFromByteOrderMarks: true);
        try
        {
            return reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }
}
