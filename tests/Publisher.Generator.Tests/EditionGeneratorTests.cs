using Microsoft.CodeAnalysis;
using Publisher.Generator.Tests.Helpers;

namespace Publisher.Generator.Tests;

public sealed class EditionGeneratorTests
{
    [Fact]
    public void Emits_a_typed_entry_for_each_seed_in_date_order()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.Seed(Seeds.SessionNotes), GeneratorHarness.Seed(Seeds.Memorandum));

        var edition = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Edition.g.cs", StringComparison.Ordinal)).ToString();
        var memorandum = edition.IndexOf("Document_003_90912159ad8af0ba.Entry", StringComparison.Ordinal);
        var session = edition.IndexOf("Document_000_f1b63ae9a0998c51.Entry", StringComparison.Ordinal);
        Assert.True(memorandum > 0 && session > memorandum, "July 26 comes before October 14:\n" + edition);

        var document = result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Document_003_90912159ad8af0ba.g.cs", StringComparison.Ordinal)).ToString();
        Assert.Contains("genre: global::Publisher.Site.Model.Genre.Memorandum", document, StringComparison.Ordinal);
        Assert.Contains("number: 256,", document, StringComparison.Ordinal);
        Assert.Contains("title: \"Memorandum of Conversation\"", document, StringComparison.Ordinal);
        Assert.Contains("date: new global::System.DateOnly(1986, 7, 26)", document, StringComparison.Ordinal);
        var content = CompressedLiteral.Json(document, "Content");
        Assert.Contains("\"blocks\":", content, StringComparison.Ordinal);
        Assert.Contains("Ridgway", content, StringComparison.Ordinal);
    }

    [Fact]
    public void The_seeds_give_no_warning_or_error()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.Seed(Seeds.SessionNotes), GeneratorHarness.Seed(Seeds.Memorandum));

        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void A_deleted_note_is_reported_at_its_reference()
    {
        var text = File.ReadAllText(Repository.SeedPath(Seeds.Memorandum)).Replace("  3. July 28.\n", string.Empty, StringComparison.Ordinal);
        var result = GeneratorHarness.Run(new InMemoryAdditionalText("/seeds/memo.txt", text));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "PUB002");
        var line = diagnostic.Location.GetLineSpan();
        Assert.Equal("/seeds/memo.txt", line.Path);
        Assert.Equal(70, line.StartLinePosition.Line + 1);
        Assert.Contains("footnote reference 3", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_seed_is_an_error_naming_the_file_and_the_others_still_build()
    {
        var result = GeneratorHarness.Run(new InMemoryAdditionalText("/seeds/binary.txt", "\0\0\u0001PK"), GeneratorHarness.Seed(Seeds.Memorandum));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "PUB001");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("binary.txt", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith("Document_003_90912159ad8af0ba.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_seeds_with_the_same_id_are_an_error()
    {
        var result = GeneratorHarness.Run(
            new InMemoryAdditionalText("/seeds/A Memo.txt", File.ReadAllText(Repository.SeedPath(Seeds.Memorandum))),
            new InMemoryAdditionalText("/seeds/a-memo.txt", File.ReadAllText(Repository.SeedPath(Seeds.Memorandum))));

        Assert.Single(result.Diagnostics, d => d.Id == "PUB009");
    }

    [Fact]
    public void Editing_one_seed_reparses_only_that_seed()
    {
        var memorandum = GeneratorHarness.Seed(Seeds.Memorandum);
        var session = GeneratorHarness.Seed(Seeds.SessionNotes);
        var compilation = GeneratorHarness.EmptyCompilation();
        var driver = GeneratorHarness.CreateDriver(memorandum, session).RunGenerators(compilation);

        var edited = new InMemoryAdditionalText(session.Path, session.GetText()!.ToString() + "\nGORBACHEV. One more paragraph.\n");
        driver = driver.ReplaceAdditionalText(session, edited).RunGenerators(compilation);

        var steps = driver.GetRunResult().Results.Single().TrackedSteps[EditionGenerator.TrackingNames.Parsed];
        var reasons = steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(2, reasons.Count);
        Assert.Single(reasons, r => r == IncrementalStepRunReason.Modified);
        Assert.Single(reasons, r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
    }

    [Fact]
    public void Running_again_with_nothing_changed_is_all_cached()
    {
        var compilation = GeneratorHarness.EmptyCompilation();
        var driver = GeneratorHarness.CreateDriver(GeneratorHarness.Seed(Seeds.Memorandum), GeneratorHarness.Seed(Seeds.SessionNotes)).RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class Unrelated {}")));

        var result = driver.GetRunResult().Results.Single();
        foreach (var name in new[] { EditionGenerator.TrackingNames.Parsed, EditionGenerator.TrackingNames.Edition })
        {
            Assert.All(result.TrackedSteps[name].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason}"));
        }
    }
}
