using System.IO.Compression;
using System.Text;

namespace Publisher.Generator.Tests.Helpers;

/// <summary>Reads back a compressed constant of generated code (<c>private const string Name = "…";</c>) as its JSON.</summary>
internal static class CompressedLiteral
{
    public static string Json(string source, string constant)
    {
        var start = source.IndexOf($"const string {constant} = \"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no constant {constant} in:\n{source}");
        start = source.IndexOf('"', start) + 1;
        var base64 = source[start..source.IndexOf('"', start)];
        using var inflate = new DeflateStream(new MemoryStream(Convert.FromBase64String(base64)), CompressionMode.Decompress);
        using var json = new MemoryStream();
        inflate.CopyTo(json);
        return Encoding.UTF8.GetString(json.ToArray());
    }
}
