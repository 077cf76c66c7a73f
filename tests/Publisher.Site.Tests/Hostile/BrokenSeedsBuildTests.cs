using System.Text;
using Publisher.Site.Tests.Helpers;

namespace Publisher.Site.Tests.Hostile;

/// <summary>
/// A seeds folder of every kind of broken and oddly saved file, compiled through the real pipeline: the build ends
/// with diagnostics, never a stack trace; each bad seed is named in one pass, and the files that are merely saved
/// differently (BOM, UTF-16, CRLF, CR, tabs, names with spaces and accents) are not reported as errors.
/// </summary>
public sealed class BrokenSeedsBuildTests
{
    [Fact]
    public void Every_bad_seed_is_named_in_one_build_without_a_stack_trace()
    {
        var memorandum = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "seeds", "003_90912159ad8af0ba.txt"));
        var seeds = Path.Combine(Path.GetTempPath(), "publisher-broken-seeds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(seeds);
        try
        {
            void Write(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(seeds, name), bytes);
            Write("010_utf8.txt", Encoding.UTF8.GetBytes(memorandum.Replace("256.", "260.", StringComparison.Ordinal)));
            Write("011_bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(memorandum)]);
            Write("012_utf16le.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(memorandum)]);
            Write("013_utf16be.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(memorandum)]);
            Write("014_crlf.txt", Encoding.UTF8.GetBytes(memorandum.Replace("\n", "\r\n", StringComparison.Ordinal)));
            Write("015_cr.txt", Encoding.UTF8.GetBytes(memorandum.Replace("\n", "\r", StringComparison.Ordinal)));
            Write("016_tabs.txt", Encoding.UTF8.GetBytes(memorandum.Replace("    •", "\t•", StringComparison.Ordinal)));
            Write("017 Gespräch über Abrüstung.txt", Encoding.UTF8.GetBytes(memorandum));
            Write("020_latin1.txt", Encoding.Latin1.GetBytes("Gespräch über Abrüstung\n\nJuly 26, 1986\n\nText.\n"));
            Write("021_nul.txt", Encoding.UTF8.GetBytes("A title\n\nJuly 26, 1986\n\nText with a \0 in it.\n"));
            Write("022_empty.txt", []);
            Write("023_binary.txt", [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A, 0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0, 0, 0, 0x01, 0xFF, 0xFE]);
            Write("024 Same Id.txt", Encoding.UTF8.GetBytes(memorandum));
            Write("024-same-id.txt", Encoding.UTF8.GetBytes(memorandum));

            var (site, compile) = IsolatedSite.Compile(seeds);
            using (site)
            {
                var errors = compile.Output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();

                Assert.NotEqual(0, compile.ExitCode);
                Assert.False(compile.HasStackTrace, compile.Output);
                Assert.DoesNotContain(errors, l => l.Contains("PUB011", StringComparison.Ordinal));
                foreach (var bad in new[] { "020_latin1.txt", "021_nul.txt", "022_empty.txt", "023_binary.txt", "024-same-id.txt" })
                {
                    Assert.True(errors.Any(l => l.Contains(bad, StringComparison.Ordinal)), $"{bad} is not named:\n{compile.Output}");
                }

                Assert.Contains(errors, l => l.Contains("021_nul.txt(5,", StringComparison.Ordinal));
                Assert.Contains(errors, l => l.Contains("020_latin1.txt(1,", StringComparison.Ordinal));
                foreach (var good in new[] { "010_utf8", "011_bom", "012_utf16le", "013_utf16be", "014_crlf", "015_cr", "016_tabs", "017 Gespräch" })
                {
                    Assert.False(errors.Any(l => l.Contains(good, StringComparison.Ordinal)), $"{good} is reported as an error:\n{compile.Output}");
                }
            }
        }
        finally
        {
            Directory.Delete(seeds, recursive: true);
        }
    }
}
