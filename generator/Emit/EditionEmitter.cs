using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Publisher.Generator.Model;

namespace Publisher.Generator.Emit;

/// <summary>
/// Emits the typed edition: one class per document (typed metadata, content as embedded compressed UTF-8 JSON), and
/// <c>Edition.Documents</c> listing them in time order.
/// </summary>
internal static class EditionEmitter
{
    public const string Namespace = "Publisher.Site.Model";

    /// <summary>
    /// The document's class name. The encoding must be injective, or two ids ("memo-a", "memo_a") would share one
    /// class and hint name and AddSource would throw, losing the whole edition. Ids are lower-case, so '-' becomes
    /// "_D" (an upper-case letter no id contains) and anything else outside [a-z0-9_] becomes "_U" plus four upper-case
    /// hex digits; lower-case letters, digits and '_' stay as they are, so "memo_1" keeps its readable name.
    /// </summary>
    public static string ClassName(DocumentSpec document) => "Document_" + IdentifierPart(document.Id);

    private static string IdentifierPart(string id)
    {
        var builder = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')
            {
                builder.Append(c);
            }
            else if (c == '-')
            {
                builder.Append("_D");
            }
            else
            {
                builder.Append("_U").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    public static string EmitDocument(DocumentSpec document)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var writer = new IndentedTextWriter(text, "    ");
        // No "#nullable enable": a generated file without it skips the nullable analysis, which at 10,000 documents
        // is a tenth of the compile and finds nothing in a constructor call of literals.
        writer.WriteLine(GeneratedComment);
        writer.WriteLine();
        writer.WriteLine($"namespace {Namespace}.Documents;");
        writer.WriteLine();
        writer.WriteLine($"// Generated from seed {CSharpLiteral.String(document.Source)}.");
        writer.WriteLine($"internal static class {ClassName(document)}");
        writer.WriteLine("{");
        writer.Indent++;
        writer.WriteLine("public static readonly global::Publisher.Site.Model.DocumentEntry Entry = new(");
        writer.Indent++;
        writer.WriteLine($"id: {CSharpLiteral.String(document.Id)},");
        writer.WriteLine($"source: {CSharpLiteral.String(document.Source)},");
        writer.WriteLine($"genre: global::Publisher.Site.Model.Genre.{document.Genre},");
        writer.WriteLine($"number: {(document.Number is { } n ? n.ToString(CultureInfo.InvariantCulture) : "null")},");
        writer.WriteLine($"title: {CSharpLiteral.String(document.Title)},");
        writer.WriteLine($"date: {Date(document.Date)},");
        writer.WriteLine("compressedContent: Content);");
        writer.Indent--;
        writer.WriteLine();
        writer.WriteLine("// The content as JSON, Deflate-compressed, in Base64 (see CompressedContent).");
        writer.WriteLine(CompressedContent.Constant("Content", DocumentJson.Write(document)));
        writer.Indent--;
        writer.WriteLine("}");
        return text.ToString();
    }

    public static string EmitEdition(IEnumerable<DocumentSpec> documents)
    {
        var ordered = documents
            .OrderBy(d => d.Date ?? "9999-99-99", System.StringComparer.Ordinal)
            .ThenBy(d => d.Number ?? int.MaxValue)
            .ThenBy(d => d.Id, System.StringComparer.Ordinal)
            .ToList();
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var writer = new IndentedTextWriter(text, "    ");
        Header(writer);
        writer.WriteLine($"namespace {Namespace};");
        writer.WriteLine();
        writer.WriteLine("/// <summary>The edition as the seeds describe it, documents oldest first.</summary>");
        writer.WriteLine("public static partial class Edition");
        writer.WriteLine("{");
        writer.Indent++;
        writer.WriteLine("/// <summary>Every document of the edition, in time order (undated ones last).</summary>");
        writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<DocumentEntry> Documents { get; } = new DocumentEntry[]");
        writer.WriteLine("{");
        writer.Indent++;
        foreach (var document in ordered)
        {
            writer.WriteLine($"global::{Namespace}.Documents.{ClassName(document)}.Entry,");
        }

        writer.Indent--;
        writer.WriteLine("};");
        writer.Indent--;
        writer.WriteLine("}");
        return text.ToString();
    }

    public static string EmitIntroduction(string markdown)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var writer = new IndentedTextWriter(text, "    ");
        Header(writer);
        writer.WriteLine($"namespace {Namespace};");
        writer.WriteLine();
        writer.WriteLine("public static partial class Edition");
        writer.WriteLine("{");
        writer.Indent++;
        writer.WriteLine("/// <summary>The editors' introduction (Markdown), empty when the seeds folder has none.</summary>");
        writer.WriteLine("public static string IntroductionMarkdown => global::System.Text.Encoding.UTF8.GetString(global::Publisher.Site.Model.ContentCodec.Inflate(CompressedIntroduction));");
        writer.WriteLine();
        writer.WriteLine(CompressedContent.Constant("CompressedIntroduction", markdown));
        writer.Indent--;
        writer.WriteLine("}");
        return text.ToString();
    }

    private const string GeneratedComment = "// <auto-generated/> by Publisher.Generator from the seeds folder. Edit the seeds, not this file.";

    private static void Header(IndentedTextWriter writer)
    {
        writer.WriteLine(GeneratedComment);
        writer.WriteLine("#nullable enable");
        writer.WriteLine();
    }

    private static string Date(string? iso)
    {
        if (iso is null)
        {
            return "null";
        }

        var parts = iso.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)).ToArray();
        return $"new global::System.DateOnly({parts[0]}, {parts[1]}, {parts[2]})";
    }
}
