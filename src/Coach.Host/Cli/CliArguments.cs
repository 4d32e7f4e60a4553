namespace Coach.Host.Cli;

/// <summary>A verb's words after the verb, with its <c>--flags</c> and <c>--option value</c> pairs taken out.</summary>
internal sealed class CliArguments
{
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    private CliArguments(string verb, IReadOnlyList<string> words) => (Verb, Words) = (verb, words);

    public string Verb { get; }

    public IReadOnlyList<string> Words { get; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool Has(string flag) => _flags.Contains(flag);

    public string? Option(string name) => _options.GetValueOrDefault(name);

    /// <param name="valued">Options that take a value, such as <c>--content</c>.</param>
    public static CliArguments Parse(IReadOnlyList<string> args, IReadOnlySet<string> valued)
    {
        var words = new List<string>();
        var errors = new List<string>();
        var flags = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        var literal = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (literal || !arg.StartsWith("--", StringComparison.Ordinal))
            {
                words.Add(arg);
            }
            else if (arg == "--")
            {
                literal = true;
            }
            else if (valued.Contains(arg))
            {
                if (i + 1 < args.Count)
                {
                    options[arg] = args[++i];
                }
                else
                {
                    errors.Add($"{arg} needs a value");
                }
            }
            else
            {
                flags.Add(arg);
            }
        }

        var verb = words.Count > 0 ? words[0] : "";
        var parsed = new CliArguments(verb, words.Skip(1).ToList()) { Errors = errors };
        parsed._flags.UnionWith(flags);
        foreach (var (name, value) in options)
        {
            parsed._options[name] = value;
        }

        return parsed;
    }
}
