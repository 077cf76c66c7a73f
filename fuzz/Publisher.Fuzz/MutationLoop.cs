using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;

namespace Publisher.Fuzz;

/// <summary>
/// A plain in-process fuzzer for machines without AFL: starts from a corpus (the seeds), mutates inputs with byte
/// flips, deletions, duplications, splices and the parser's own structures (page markers, brackets, notes, bullets,
/// speaker labels, digits glued to words), runs the target on each for a bounded time, and saves every input that
/// made it throw. Not coverage-guided: it finds what random structure-aware mutation finds.
/// </summary>
internal sealed class MutationLoop(IReadOnlyList<byte[]> corpus, string findings, int randomSeed)
{
    private static readonly byte[][] Tokens = [.. new[]
    {
        "[Page 12]", "[Page ", "[", "]", "(NOTE:", "[NOTE: ", ")", "\u2022 ", "    \u2022 ", "GORBACHEV. ", "MEMBERS OF THE POLITBURO. ",
        "Ridgway1", "summit.2", "\n  1. ", "\n\n", "\r\n", "\r", "\t", "256. Memorandum of Conversation", "July 26, 1986", "Chaired by: ",
        "In attendance: ", "**", "*", "\u2019", "\u201C", "\u00A0", "\uFEFF", "{{ 7 * 191 }}", "\0",
    }.Select(Encoding.UTF8.GetBytes)];

    private readonly Random _random = new(randomSeed);

    public int Executions { get; private set; }

    public int Crashes { get; private set; }

    public void Run(TimeSpan duration)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            var input = Mutate(corpus[_random.Next(corpus.Count)]);
            Executions++;
            try
            {
                ParserTarget.Run(input);
            }
            catch (Exception exception)
            {
                Crashes++;
                Directory.CreateDirectory(findings);
                var name = Path.Combine(findings, "crash-" + Convert.ToHexString(SHA256.HashData(input))[..16].ToLowerInvariant() + ".txt");
                File.WriteAllBytes(name, input);
                Console.Error.WriteLine($"{name}: {exception.GetType().Name}: {exception.Message}");
            }
        }
    }

    private byte[] Mutate(byte[] original)
    {
        var bytes = new List<byte>(original);
        var count = 1 + _random.Next(8);
        for (var i = 0; i < count; i++)
        {
            var at = bytes.Count == 0 ? 0 : _random.Next(bytes.Count);
            switch (_random.Next(6))
            {
                case 0 when bytes.Count > 0:
                    bytes[at] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1 when bytes.Count > 0:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + _random.Next(64)));
                    break;
                case 2 when bytes.Count > 0:
                    var length = Math.Min(bytes.Count - at, 1 + _random.Next(256));
                    bytes.InsertRange(_random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                case 3:
                    var other = corpus[_random.Next(corpus.Count)];
                    var start = _random.Next(Math.Max(1, other.Length));
                    bytes.InsertRange(at, other.Skip(start).Take(1 + _random.Next(512)));
                    break;
                case 4:
                    bytes.Insert(at, (byte)_random.Next(256));
                    break;
                default:
                    bytes.InsertRange(at, Tokens[_random.Next(Tokens.Length)]);
                    break;
            }
        }

        return [.. bytes];
    }
}
