namespace Publisher.Site.Building;

/// <summary>Reads <c>verb --name value</c> and <c>--name=value</c> arguments.</summary>
public sealed class CommandLine
{
    private readonly Dictionary<string, string> _options = new(StringComparer.OrdinalIgnoreCase);

    private CommandLine(string verb) => Verb = verb;

    public string Verb { get; }

    public static CommandLine Parse(string[] args)
    {
        var line = new CommandLine(args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "build");
        for (var i = line.Verb == "build" && (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal)) ? 0 : 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"unexpected argument '{arg}'");
            }

            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                line._options[arg[2..equals]] = arg[(equals + 1)..];
            }
            else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                line._options[arg[2..]] = args[++i];
            }
            else
            {
                line._options[arg[2..]] = "true";
            }
        }

        return line;
    }

    public string Get(string name, string fallback) => _options.TryGetValue(name, out var value) ? value : fallback;

    public bool Flag(string name) => _options.TryGetValue(name, out var value) && value != "false";
}
