using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Publisher.Generator.Model;

namespace Publisher.Generator.Parsing;

/// <summary>
/// The closing block of session notes, read from the end: a signature (<c>[Signature …:] Anatoly Lukyanov</c>,
/// its label may run over lines) and the source lines (<c>*Source: …  / Translated by …  / For …*</c>), in one
/// paragraph or two.
/// </summary>
internal sealed class SessionClosing
{
    private static readonly Regex SignatureLine = new(@"^\[(?<label>Signature[^\]]*)\]\s*(?<name>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    public SignatureSpec? Signature { get; private set; }

    public List<string> SourceLines { get; } = new();

    public ProvenanceSpec Provenance { get; private set; } = new();

    /// <summary>Reads the closing block off the end of <paramref name="paragraphs"/>; returns where the body ends.</summary>
    public int Read(IReadOnlyList<Paragraph> paragraphs, int end, int bodyStart)
    {
        while (end > bodyStart)
        {
            var lines = paragraphs[end - 1].Lines;
            var source = SourceLines.Count == 0 ? IndexOfSource(lines) : -1;
            var signatureLines = source >= 0 ? lines.Take(source).ToList() : lines.ToList();
            var signature = Signature is null && signatureLines.Count > 0 ? ReadSignature(signatureLines) : null;
            if (source < 0 && signature is null || source > 0 && signature is null)
            {
                break;
            }

            if (source >= 0)
            {
                SourceLines.AddRange(lines.Skip(source).Select(l => l.Text.TrimEnd()));
                Provenance = ReadSource(SourceLines);
            }

            Signature ??= signature;
            end--;
        }

        return end;
    }

    private static int IndexOfSource(IReadOnlyList<SeedLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Text.Trim().TrimStart('*', '_').StartsWith("Source:", System.StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static SignatureSpec? ReadSignature(List<SeedLine> lines)
    {
        var match = SignatureLine.Match(string.Join("\n", lines.Select(l => l.Text.Trim())));
        return match.Success
            ? new SignatureSpec(Unwrap(match.Groups["label"].Value), Unwrap(match.Groups["name"].Value), lines[0].Number)
            : null;
    }

    /// <summary>Reads <c>*Source: X, Y  / Translated by Z  / For W*</c>.</summary>
    private static ProvenanceSpec ReadSource(IEnumerable<string> lines)
    {
        var provenance = new ProvenanceSpec();
        foreach (var raw in lines)
        {
            var line = raw.Trim().Trim('*', '_').Trim();
            if (line.StartsWith("Source:", System.StringComparison.Ordinal))
            {
                var statement = line.Substring("Source:".Length).Trim();
                var comma = statement.LastIndexOf(", ", System.StringComparison.Ordinal);
                provenance = provenance with
                {
                    Statement = statement,
                    File = comma > 0 ? statement.Substring(0, comma) : null,
                    Archive = comma > 0 ? statement.Substring(comma + 2) : statement,
                };
            }
            else if (line.StartsWith("Translated by ", System.StringComparison.Ordinal))
            {
                provenance = provenance with { Translator = line.Substring("Translated by ".Length).Trim() };
            }
            else if (line.StartsWith("For ", System.StringComparison.Ordinal))
            {
                provenance = provenance with { Publisher = line.Substring("For ".Length).Trim() };
            }
        }

        return provenance;
    }

    /// <summary>Joins a value the source wrapped over lines (Markdown hard breaks included) into one line.</summary>
    public static string Unwrap(string value) => Regex.Replace(value, @"\s*\n\s*", " ").Trim();
}
