using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Publisher.Generator.Diagnostics;
using Publisher.Generator.Emit;
using Publisher.Generator.Helpers;
using Publisher.Generator.Model;
using Publisher.Generator.Parsing;

namespace Publisher.Generator;

/// <summary>
/// Turns the seeds (AdditionalFiles ending in .txt, from the folder named by the SeedsDirectory property) into the
/// typed <c>Edition</c>. Each seed is parsed in its own step, so editing one re-parses only that one.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class EditionGenerator : IIncrementalGenerator
{
    public static class TrackingNames
    {
        public const string Seeds = nameof(Seeds);
        public const string Parsed = nameof(Parsed);
        public const string Documents = nameof(Documents);
        public const string Emitted = nameof(Emitted);
        public const string Edition = nameof(Edition);
        public const string Introduction = nameof(Introduction);
    }

    /// <summary>The editors' introduction beside the seeds; its first heading is the edition's title.</summary>
    public const string IntroductionFile = "introduction.md";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        RegisterIntroduction(context);

        var seeds = context.AdditionalTextsProvider
            .Where(static text => IsSeed(text.Path))
            .WithTrackingName(TrackingNames.Seeds);

        var parsed = seeds
            .Select(static (text, token) => SeedParser.Parse(text.Path, text.GetText(token)))
            .WithTrackingName(TrackingNames.Parsed);

        context.RegisterSourceOutput(parsed, static (output, result) =>
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        var documents = parsed
            .Where(static result => result.Document is not null)
            .Select(static (result, _) => result.Document!)
            .WithTrackingName(TrackingNames.Documents);

        // Each document's code is made in its own step too: in a long-lived compiler (the compiler server, the IDE)
        // an edited seed costs one parse and one emit, not one per document of the edition.
        var emitted = documents
            .Select(static (document, _) => new EmittedDocument(document.Path, EditionEmitter.ClassName(document), EditionEmitter.EmitDocument(document)))
            .WithTrackingName(TrackingNames.Emitted);

        var edition = documents.Collect()
            .Select(static (all, _) => Resolve(all))
            .WithTrackingName(TrackingNames.Edition);

        context.RegisterSourceOutput(emitted.Collect().Combine(edition), static (output, pair) =>
        {
            var (code, edition) = pair;
            foreach (var diagnostic in edition.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            // Documents whose ids collide are left out (and reported), so no two classes share a name.
            var kept = new HashSet<string>(edition.Documents.Select(d => d.Path), StringComparer.Ordinal);
            foreach (var document in code.Where(c => kept.Contains(c.Path)))
            {
                output.AddSource($"Documents/{document.ClassName}.g.cs", document.Source);
            }

            output.AddSource("Edition.g.cs", EditionEmitter.EmitEdition(edition.Documents));
        });

        Registry.RegistryPipeline.Register(context, edition);
    }

    private static void RegisterIntroduction(IncrementalGeneratorInitializationContext context)
    {
        var introduction = context.AdditionalTextsProvider
            .Where(static text => Path.GetFileName(text.Path).Equals(IntroductionFile, StringComparison.OrdinalIgnoreCase))
            .Select(static (text, token) => text.GetText(token)?.ToString() ?? string.Empty)
            .Collect()
            .Select(static (all, _) => all.FirstOrDefault() ?? string.Empty)
            .WithTrackingName(TrackingNames.Introduction);

        context.RegisterSourceOutput(introduction, static (output, markdown) =>
            output.AddSource("Edition.Introduction.g.cs", EditionEmitter.EmitIntroduction(markdown)));
    }

    private static bool IsSeed(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    /// <summary>The cross-document step: documents whose ids collide are reported and left out.</summary>
    private static EditionSpec Resolve(IEnumerable<DocumentSpec> all)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var kept = new List<DocumentSpec>();
        foreach (var group in all.GroupBy(d => d.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(d => d.Source, StringComparer.Ordinal).ToList();
            kept.Add(ordered[0]);
            foreach (var duplicate in ordered.Skip(1))
            {
                diagnostics.Add(DiagnosticSink.AtFile(DiagnosticDescriptors.DuplicateId, duplicate.Path, ordered[0].Source, duplicate.Source, duplicate.Id));
            }
        }

        return new EditionSpec(kept.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
