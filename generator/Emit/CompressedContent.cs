using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace Publisher.Generator.Emit;

/// <summary>
/// Text as the generated code carries it (each document's content JSON, the registry JSON, the introduction):
/// UTF-8, Deflate-compressed, then Base64, so it is plain ASCII for a string literal. The JSON of a
/// 10,000-document edition is ~115 MB; compressed and in Base64 it is ~40 MB, which is what the compiler has to
/// read, hold and write. The site inflates it (<c>Publisher.Site.Model.ContentCodec</c>) when first asked for.
/// A string literal, not <c>"…"u8</c>: the compiler lowers a UTF-8 literal to one node per byte, which at 10,000
/// documents costs gigabytes; the site project puts long string literals into the data section, out of the 16 MB
/// user-string heap (the experimental-data-section-string-literals feature). UTF-8 encoding turns a lone
/// surrogate, which UTF-8 cannot hold, into U+FFFD.
/// </summary>
internal static class CompressedContent
{
    /// <summary>The declaration <c>private const string Name = "…";</c> of <paramref name="text"/>, compressed.</summary>
    public static string Constant(string name, string text) => $"private const string {name} = \"{Encode(text)}\";";

    public static string Encode(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(bytes, 0, bytes.Length);
        }

        return Convert.ToBase64String(buffer.ToArray());
    }
}
