using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Publisher.Generator.Tests.Helpers;

/// <summary>Runs <see cref="EditionGenerator"/> in a driver, as the compiler does, with step tracking on.</summary>
internal static class GeneratorHarness
{
    public static CSharpCompilation EmptyCompilation() =>
        CSharpCompilation.Create("Tests", [], [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)], new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

    public static GeneratorDriver CreateDriver(params AdditionalText[] texts) =>
        CSharpGeneratorDriver.Create(
            [new EditionGenerator().AsSourceGenerator()],
            texts,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorDriverRunResult Run(params AdditionalText[] texts) =>
        CreateDriver(texts).RunGenerators(EmptyCompilation()).GetRunResult();

    public static AdditionalText Seed(string name) => new InMemoryAdditionalText(Repository.SeedPath(name), File.ReadAllText(Repository.SeedPath(name)));
}
