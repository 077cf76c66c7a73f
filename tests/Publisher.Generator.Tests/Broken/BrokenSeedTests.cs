using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Publisher.Generator.Tests.Helpers;

namespace Publisher.Generator.Tests.Broken;

/// <summary>
/// Seeds as editors and PDF exports really save them: other encodings, other line endings, broken bytes. Each is
/// either read exactly like the clean UTF-8 seed, or reported as an error that names the file (and the line where
/// there is one); the other seeds of the edition still build.
/// </summary>
public sealed class BrokenSeedTests
{
    private static readonly string Memorandum = File.ReadAllText(Repository.SeedPath(Seeds.Memorandum));

    private static GeneratorDriverRunResult Run(params (string Name, byte[] Bytes)[] files) =>
        GeneratorHarness.Run(files.Select(f => (AdditionalText)new FileAdditionalText("/seeds/" + f.Name, f.Bytes)).Append(GeneratorHarness.Seed(Seeds.SessionNotes)).ToArray());

    private static string Message(Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    /// <summary>The emitted document class of a seed, or null when none was emitted.</summary>
    private static string? Emitted(GeneratorDriverRunResult result, string id) =>
        result.GeneratedTrees.SingleOrDefault(t => t.FilePath.EndsWith("Document_" + id + ".g.cs", StringComparison.Ordinal))?.ToString();

    private static void AssertSessionNotesStillBuild(GeneratorDriverRunResult result) =>
        Assert.NotNull(Emitted(result, "000_f1b63ae9a0998c51"));

    private static void AssertReadLikeTheCleanSeed(byte[] bytes)
    {
        var clean = Run(("memo.txt", Encoding.UTF8.GetBytes(Memorandum)));
        var other = Run(("memo.txt", bytes));

        Assert.Empty(other.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(Emitted(clean, "memo"), Emitted(other, "memo"));
        Assert.Equal(
            clean.Diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line)),
            other.Diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line)));
    }

    [Fact]
    public void Utf8_with_a_byte_order_mark_reads_like_utf8() =>
        AssertReadLikeTheCleanSeed([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Memorandum)]);

    [Fact]
    public void Utf16_little_endian_with_a_byte_order_mark_reads_like_utf8() =>
        AssertReadLikeTheCleanSeed([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Memorandum)]);

    [Fact]
    public void Utf16_big_endian_with_a_byte_order_mark_reads_like_utf8() =>
        AssertReadLikeTheCleanSeed([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Memorandum)]);

    [Fact]
    public void Crlf_line_endings_read_like_lf() =>
        AssertReadLikeTheCleanSeed(Encoding.UTF8.GetBytes(Memorandum.Replace("\n", "\r\n", StringComparison.Ordinal)));

    [Fact]
    public void Lone_cr_line_endings_read_like_lf() =>
        AssertReadLikeTheCleanSeed(Encoding.UTF8.GetBytes(Memorandum.Replace("\n", "\r", StringComparison.Ordinal)));

    [Fact]
    public void Tabs_instead_of_spaces_lose_no_word()
    {
        var tabbed = Memorandum.Replace("    •", "\t•", StringComparison.Ordinal).Replace(". ", ".\t", StringComparison.Ordinal);
        var result = SeedParserResult("memo.txt", tabbed);

        WordOrder.AssertKept(ModelWords.Split(tabbed), ModelWords.Of(result, tabbed));
    }

    [Fact]
    public void Invalid_utf8_is_an_error_naming_the_file_and_line()
    {
        var bytes = Encoding.UTF8.GetBytes(Memorandum);
        var visit = Encoding.UTF8.GetByteCount(Memorandum[..Memorandum.IndexOf("Visit of", StringComparison.Ordinal)]);
        bytes[visit + 1] = 0xC3;
        bytes[visit + 2] = 0x28;

        var result = Run(("latin.txt", bytes));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "PUB001");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("latin.txt", Message(diagnostic), StringComparison.Ordinal);
        Assert.Contains("UTF-8", Message(diagnostic), StringComparison.Ordinal);
        Assert.Equal("/seeds/latin.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(new(2, 1), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Null(Emitted(result, "latin"));
        AssertSessionNotesStillBuild(result);
    }

    [Fact]
    public void A_nul_byte_is_an_error_naming_the_file_and_line()
    {
        var text = Memorandum.Insert(Memorandum.IndexOf("Visit of", StringComparison.Ordinal), "\0");

        var result = Run(("nul.txt", Encoding.UTF8.GetBytes(text)));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "PUB001");
        Assert.Contains("nul.txt", Message(diagnostic), StringComparison.Ordinal);
        Assert.Contains("NUL", Message(diagnostic), StringComparison.Ordinal);
        Assert.Equal(3, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        AssertSessionNotesStillBuild(result);
    }

    [Fact]
    public void A_binary_file_is_an_error_naming_the_file()
    {
        var bytes = new byte[4096];
        new Random(8).NextBytes(bytes);
        bytes[0] = 0x50;
        bytes[1] = 0x4B;
        bytes[2] = 0;
        bytes[3] = 0;

        var result = Run(("scan.txt", bytes));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "PUB001");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("scan.txt", Message(diagnostic), StringComparison.Ordinal);
        AssertSessionNotesStillBuild(result);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n\t\n")]
    [InlineData("\uFEFF")]
    public void An_empty_file_is_an_error_naming_the_file(string text)
    {
        var result = Run(("empty.txt", Encoding.UTF8.GetBytes(text)));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("PUB008", diagnostic.Id);
        Assert.Contains("empty.txt", Message(diagnostic), StringComparison.Ordinal);
        AssertSessionNotesStillBuild(result);
    }

    [Fact]
    public void A_20_MB_seed_builds_and_keeps_every_word()
    {
        var body = Memorandum[Memorandum.IndexOf("Ambassador Ridgway welcomed", StringComparison.Ordinal)..Memorandum.IndexOf("Nuclear and Space", StringComparison.Ordinal)];
        var builder = new StringBuilder(Memorandum[..Memorandum.IndexOf("Ambassador Ridgway welcomed", StringComparison.Ordinal)]);
        while (builder.Length < 20_000_000)
        {
            builder.Append(body);
        }

        var text = builder.ToString();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = Run(("large.txt", Encoding.UTF8.GetBytes(text)));
        var elapsed = clock.Elapsed;

        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.NotNull(Emitted(result, "large"));
        // A bound against hangs and quadratic work, not a benchmark: on a shared 2-core machine this takes about a minute.
        Assert.True(elapsed < TimeSpan.FromMinutes(4), $"20 MB took {elapsed}");
        var document = result.Results.Single().TrackedSteps[EditionGenerator.TrackingNames.Documents]
            .SelectMany(s => s.Outputs).Select(o => o.Value).OfType<Generator.Model.DocumentSpec>().Single(d => d.Id == "large");
        WordOrder.AssertKept(ModelWords.Split(text), ModelWords.Of(document, text));
    }

    [Theory]
    [InlineData("Memo of 26 July.txt", "memo-of-26-july")]
    [InlineData("Gespräch über Abrüstung.txt", "gesprach-uber-abrustung")]
    [InlineData("Беседа.txt", null)]
    public void File_names_with_spaces_and_non_ascii_letters_give_a_safe_id(string name, string? id)
    {
        var result = Run((name, Encoding.UTF8.GetBytes(Memorandum)));

        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        var document = SeedParserResult(name, Memorandum);
        Assert.Equal(name, document.Source);
        Assert.Matches("^[a-z0-9_-]+$", document.Id);
        if (id is not null)
        {
            Assert.Equal(id, document.Id);
        }
    }

    [Fact]
    public void Two_seeds_with_the_same_id_name_both_files_and_keep_one()
    {
        var bytes = Encoding.UTF8.GetBytes(Memorandum);
        var result = Run(("Memo 1.txt", bytes), ("memo-1.txt", bytes));

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "PUB009");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("Memo 1.txt", Message(diagnostic), StringComparison.Ordinal);
        Assert.Contains("memo-1.txt", Message(diagnostic), StringComparison.Ordinal);
        Assert.NotNull(Emitted(result, "memo_D1"));
        AssertSessionNotesStillBuild(result);
    }

    /// <summary>
    /// "a-b" and "a_b" are different ids, but their emitted classes would share one name (the emitter turns '-' into
    /// '_'): today the generator's AddSource throws on the duplicate hint name and the whole edition is lost.
    /// </summary>
    [Fact]
    public void Ids_that_differ_only_in_dash_and_underscore_both_build()
    {
        var bytes = Encoding.UTF8.GetBytes(Memorandum);
        var result = Run(("memo-a.txt", bytes), ("memo_a.txt", bytes));

        Assert.All(result.Results, r => Assert.Null(r.Exception));
        Assert.Empty(result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "PUB009"));
        Assert.Contains(result.GeneratedTrees, t => t.FilePath.EndsWith("Edition.g.cs", StringComparison.Ordinal));
        AssertSessionNotesStillBuild(result);
    }

    [Fact]
    public void Every_bad_seed_is_named_in_one_run()
    {
        var result = Run(
            ("empty.txt", []),
            ("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 0, 0xFF, 0xFE]),
            ("latin.txt", Encoding.Latin1.GetBytes("Gespräch\n")),
            ("nul.txt", Encoding.UTF8.GetBytes("Title\n\nText\0here.\n")));

        var named = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => Path.GetFileName(d.Location.GetLineSpan().Path)).ToHashSet();
        Assert.Equal(["binary.txt", "empty.txt", "latin.txt", "nul.txt"], named.Order(StringComparer.Ordinal));
        AssertSessionNotesStillBuild(result);
    }

    private static Generator.Model.DocumentSpec SeedParserResult(string name, string text) =>
        Generator.Parsing.SeedParser.Parse("/seeds/" + name, name, text).Document ?? throw new InvalidOperationException("no document");
}
