using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Publisher.Generator.Tests.Helpers;

/// <summary>
/// An AdditionalFile given as raw bytes, decoded the way the C# compiler decodes one (EncodedStringText): a byte
/// order mark wins; otherwise strict UTF-8; when that fails, the fallback code page with binary detection, and a
/// file that looks binary there comes back as null text. So tests see what a real build hands the generator.
/// </summary>
internal sealed class FileAdditionalText(string path, byte[] bytes) : AdditionalText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public override string Path { get; } = path;

    public override SourceText? GetText(CancellationToken cancellationToken = default)
    {
        try
        {
            return SourceText.From(new MemoryStream(bytes), StrictUtf8, throwIfBinaryDetected: false);
        }
        catch (DecoderFallbackException)
        {
        }

        try
        {
            return SourceText.From(new MemoryStream(bytes), Encoding.Latin1, throwIfBinaryDetected: true);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
