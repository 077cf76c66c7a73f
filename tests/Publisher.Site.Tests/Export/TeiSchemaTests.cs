using Publisher.Site.Export;
using Publisher.Site.Model;
using Publisher.Site.Tests.Helpers;

namespace Publisher.Site.Tests.Export;

/// <summary>Every document's TEI is valid against tei_all.rng, checked by jing.</summary>
public sealed class TeiSchemaTests
{
    [Fact]
    public void Every_document_export_is_valid_against_tei_all()
    {
        // No silent skip: without jing this test cannot show validity, so it fails (always under CI=true).
        Assert.True(Jing.Executable is not null, "jing is not on PATH (Debian: apt-get install jing); the TEI exports cannot be validated." + (Environment.GetEnvironmentVariable("CI") == "true" ? " CI=true: jing is required." : string.Empty));
        var schema = Path.GetFullPath(Path.Combine(RepositoryFiles.Root, "..", "shared", "schemas", "tei_all.rng"));
        Assert.True(File.Exists(schema), $"TEI schema not found at {schema}");
        using var folder = new TempFolder();
        var files = Edition.Documents.Select(d => folder.Write(d.Id + ".xml", TeiExporter.Export(d, "Test edition"))).ToList();

        var (exitCode, errors, output) = Jing.Validate(schema, files);

        Assert.True(errors.Count == 0 && exitCode == 0, $"jing exit code {exitCode}:\n{output}");
        Assert.Equal(2, files.Count);
    }
}
