using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace Publisher.Generator.Emit;

/// <summary>
/// A document's content JSON as the generated code carries it: Deflate-compressed, then Base64, so it is plain
/// ASCII for a string literal. The JSON of a 10,000-document edition is ~115 MB; compressed and in Base64 it is
/// ~40 MB, which is what the compiler has to read, hold and write. The site inflates it
/// (<c>Publisher.Site.Model.ContentCodec</c>) when a document's content is first asked for.
/// </summary>
internal static class CompressedContent
{
    public static string Encode(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        using var buffer = new MemoryStream();
        using (var deflate = new DeflateStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(bytes, 0, bytes.Length);
        }

        return Convert.ToBase64String(buffer.ToArray());
    }
}
