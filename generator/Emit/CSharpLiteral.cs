using System.Globalization;
using System.Text;

namespace Publisher.Generator.Emit;

/// <summary>C# literals for generated code: ASCII only, so no seed character can break or inject into the source.</summary>
internal static class CSharpLiteral
{
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c == '"' || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c >= 0x20 && c < 0x7F)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>Replaces unpaired surrogates, which UTF-8 cannot hold, with U+FFFD.</summary>
    public static string WithoutLoneSurrogates(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>A UTF-8 literal (<c>"…"u8</c>) of text that has no lone surrogates.</summary>
    public static string Utf8(string value) => String(value) + "u8";
}
