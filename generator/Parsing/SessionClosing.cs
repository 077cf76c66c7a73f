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
            var source = Signature is null ? IndexOfSource(lines) : -1;
            var signatureLines = source >= 0 ? lines.Take(source).ToList() : lines.ToList();
            var signature = Signature is null && signatureLines.Count > 0 ? ReadSignature(signatureLines) : null;
            if (source < 0 && signature is null || source > 0 && signature is null)
            {
                break;
            }

            if (source >= 0)
            {
                // Read from the end: a paragraph found now comes before those found already.
                SourceLines.InsertRange(0, lines.Skip(source).Select(l => l.Text.TrimEnd()));
                Provenance = ReadSource(SourceLines);
            }

            Signature ??= signature;
            end--;
        }

        return end;
    }

    /// <summary>
    /// The first line of the source statement in a paragraph: <c>Source:</c> or <c>Translated by</c>, or an italic
    /// line such as <c>*For the National Security Archive*</c> standing alone; -1 when there is none.
    /// </summary>
    private static int IndexOfSource(IReadOnlyList<SeedLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            var plain = text.TrimStart('*', '_');
            if (plain.StartsWith("Source:", System.StringComparison.Ordinal) || plain.StartsWith("Translated by ", System.StringComparison.Ordinal)
                || (i == 0 && plain.Length < text.Length && plain.StartsWith("For ", System.StringComparison.Ordinal)))
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
