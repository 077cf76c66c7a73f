using System.IO.Compression;

namespace Publisher.Site.Model;

/// <summary>
/// Reads a document's content as the generator embeds it: Base64 text of Deflate-compressed UTF-8 JSON (see the
/// generator's <c>CompressedContent</c>), so the compiler handles a third of the bytes.
/// </summary>
public static class ContentCodec
{
    public static byte[] Inflate(string base64)
    {
        var compressed = Convert.FromBase64String(base64);
        using var inflate = new DeflateStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var json = new MemoryStream(compressed.Length * 4);
        inflate.CopyTo(json);
        return json.ToArray();
    }
}
