using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Publisher.Generator.Tests.Helpers;

/// <summary>An AdditionalFile for the generator driver, with text held in memory.</summary>
internal sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText _text = SourceText.From(text, System.Text.Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
