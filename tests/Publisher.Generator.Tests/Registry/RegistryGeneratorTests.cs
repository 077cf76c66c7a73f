using System.Globalization;
using Microsoft.CodeAnalysis;
using Publisher.Generator.Registry;
using Publisher.Generator.Tests.Helpers;

namespace Publisher.Generator.Tests.Registry;

public sealed class RegistryGeneratorTests
{
    private static AdditionalText[] SeedsWithRegistry(params AdditionalText[] more) =>
    [
        GeneratorHarness.Seed(Seeds.SessionNotes),
        GeneratorHarness.Seed(Seeds.Memorandum),
        GeneratorHarness.Seed(RegistryParser.PersonsFile),
        GeneratorHarness.Seed(RegistryParser.TermsFile),
        GeneratorHarness.Seed(RegistryParser.EventsFile),
        .. more,
    ];

    private static string RegistryJson(GeneratorDriverRunResult result) =>
        CompressedLiteral.Json(result.GeneratedTrees.Single(t => t.FilePath.EndsWith("Edition.Registry.g.cs", StringComparison.Ordinal)).ToString(), "CompressedRegistry");

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void The_registry_resolves_every_name_of_the_seeds_and_flags_only_the_doubtful_label()
    {
        var result = GeneratorHarness.Run(SeedsWithRegistry());

        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var doubtful = Assert.Single(result.Diagnostics, d => d.Id == "PUB026");
        Assert.Contains("GORBACHEVA", Message(doubtful), StringComparison.Ordinal);
        Assert.Contains("probably an error for GORBACHEV", Message(doubtful), StringComparison.Ordinal);
        Assert.Equal(Seeds.SessionNotes, Path.GetFileName(doubtful.Location.GetLineSpan().Path));
        Assert.Equal(160, doubtful.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.DoesNotContain("derived-", RegistryJson(result), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_speaker_gets_a_derived_person_and_a_warning_at_its_line()
    {
        var seed = new InMemoryAdditionalText("/seeds/010_new.txt", "Session of the Politburo\n\n14 October 1986\n\nGORBACHEV. We begin.\n\nPONOMAREV. I agree.\n");
        var result = GeneratorHarness.Run(SeedsWithRegistry(seed));

        var warning = Assert.Single(result.Diagnostics, d => d.Id == "PUB024");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Contains("'PONOMAREV'", Message(warning), StringComparison.Ordinal);
        Assert.Contains("derived-ponomarev", Message(warning), StringComparison.Ordinal);
        Assert.Equal(7, warning.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("derived-ponomarev", RegistryJson(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_persons_file_persons_are_derived_without_warnings()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.Seed(Seeds.SessionNotes));

        Assert.Empty(result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Contains("derived-gorbachev", RegistryJson(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_mistakes_are_reported_at_their_lines()
    {
        const string persons = "Id: a\nName: A\n\nId: a\nName: Again\n\nId: b\n\nthis is not a field\n\nId: c\nName: C\nSide: Martian\nColour: blue\n";
        const string events = "Id: e\nTitle: E\nDate: 14 October 1986\n";
        var result = GeneratorHarness.Run(new InMemoryAdditionalText("/seeds/persons.rec", persons), new InMemoryAdditionalText("/seeds/events.rec", events));

        int Line(string id) => result.Diagnostics.Single(d => d.Id == id && d.Location.GetLineSpan().Path.EndsWith("persons.rec", StringComparison.Ordinal)).Location.GetLineSpan().StartLinePosition.Line + 1;
        Assert.Equal(4, Line("PUB022"));
        Assert.Equal(7, Line("PUB021"));
        Assert.Equal(9, Line("PUB020"));
        Assert.Equal(13, Line("PUB027"));
        Assert.Equal(14, Line("PUB028"));
        var date = Assert.Single(result.Diagnostics, d => d.Id == "PUB027" && d.Location.GetLineSpan().Path.EndsWith("events.rec", StringComparison.Ordinal));
        Assert.Equal(3, date.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void A_name_form_claimed_by_two_persons_is_a_warning()
    {
        const string persons = "Id: a\nName: A\nAlias: Smith\n\nId: b\nName: B\nAlias: SMITH\n";
        var result = GeneratorHarness.Run(new InMemoryAdditionalText("/seeds/persons.rec", persons));

        var warning = Assert.Single(result.Diagnostics, d => d.Id == "PUB023");
        Assert.Contains("'a' and 'b'", Message(warning), StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_files_are_parsed_each_in_its_own_cached_step()
    {
        var driver = GeneratorHarness.CreateDriver(SeedsWithRegistry()).RunGenerators(GeneratorHarness.EmptyCompilation());
        var second = driver.RunGenerators(GeneratorHarness.EmptyCompilation()).GetRunResult();

        var steps = second.Results[0].TrackedSteps[RegistryPipeline.TrackingFiles].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(3, steps.Count);
        Assert.All(steps, s => Assert.Equal(IncrementalStepRunReason.Cached, s.Reason));
    }
}
