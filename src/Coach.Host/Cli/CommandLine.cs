using Coach.Core.Ports;
using Coach.QuestionBank;
using Coach.QuestionBank.Content;
using Coach.QuestionBank.Grading;
using Coach.QuestionBank.Search;
using Coach.QuestionBank.Semantic;
using Coach.Storage;

namespace Coach.Host.Cli;

/// <summary>
/// The verbs of the <c>coach</c> executable. Results go to stdout, logs and usage to stderr, so
/// <c>ask --json</c> output is clean JSON lines.
/// </summary>
internal static class CommandLine
{
    public const string Usage = """
        usage: coach [--content PATH] <verb> …
          ask [--json] "<question>"    the best-matching question and its model answer
          ask --json --stdin           one query per input line, one JSON line per query
          grade [--json] ID "<answer>"  score an answer against the model answer: key points covered and missed
          grade --json --stdin         one "id<TAB>answer" per input line, one JSON line each
          list [--topic TOPIC]         question ids and titles
          validate [PATH] [--stale DAYS]
                                       check decks and synonyms; exit 1 when anything is wrong;
                                       --stale lists answers not reviewed for DAYS days
          import FILE --deck ID [--topic TOPIC] [--replace] [--format csv|anki|quizlet] [--title TITLE]
                                       a CSV, Anki or Quizlet export as the deck content/ID.md
          teams-package APP_ID [--from infra/teams] [--out coach-teams.zip]
                                       the Teams app package with the bot's app id filled in
        With no verb, coach runs the service.
        """;

    private static readonly HashSet<string> Verbs = ["ask", "grade", "list", "validate", "import", "teams-package", "help"];
    private static readonly HashSet<string> Valued = ["--content", "--topic", "--from", "--out", "--deck", "--format", "--title", "--stale"];

    public static bool IsVerb(string[] args) => Verbs.Contains(CliArguments.Parse(args, Valued).Verb) || args.Contains("--help") || UnknownVerb(args) is not null;

    /// <summary>
    /// A first word that is no verb (<c>coach imprt</c>), which must not start the service; the
    /// service's own arguments (<c>--urls http://…</c>, <c>Coach:Storage:Path=…</c>) are not words.
    /// </summary>
    private static string? UnknownVerb(string[] args)
    {
        var verb = CliArguments.Parse(args, Valued).Verb;
        if (verb.Length == 0 || Verbs.Contains(verb) || verb.Contains('=', StringComparison.Ordinal))
        {
            return null;
        }

        var at = Array.IndexOf(args, verb);
        var before = at > 0 ? args[at - 1] : null;
        var valueOfServiceOption = before is not null && (before.StartsWith('-') || before.StartsWith('/'))
            && !before.Contains('=', StringComparison.Ordinal) && !Valued.Contains(before);
        return valueOfServiceOption ? null : verb;
    }

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var arguments = CliArguments.Parse(args, Valued);
        if (arguments.Errors.Count > 0)
        {
            await stderr.WriteLineAsync($"coach: {string.Join("; ", arguments.Errors)}\n{Usage}");
            return 2;
        }

        if (UnknownVerb(args) is { } unknown)
        {
            await stderr.WriteLineAsync($"coach: unknown verb '{unknown}'\n{Usage}");
            return 2;
        }

        var contentPath = arguments.Option("--content") ?? ConfiguredContentPath();
        switch (arguments.Verb)
        {
            case "ask":
                using (var bank = await LoadAsync(contentPath, stderr, cancellationToken))
                {
                    // The service's /ask engine: words, then meaning, unless Coach:Search:Semantic is false.
                    IQuestionSearch search = Configuration().GetValue($"{SearchOptions.Section}:{nameof(SearchOptions.Semantic)}", true)
                        ? SemanticSearch(bank)
                        : bank;
                    return await AskVerb.RunAsync(arguments, search, stdin, stdout, stderr, cancellationToken);
                }

            case "grade":
                using (var bank = await LoadAsync(contentPath, stderr, cancellationToken))
                {
                    // The same grader as the service: by meaning too, unless Coach:Grading:Semantic is false.
                    IAnswerGrader grader = Configuration().GetValue($"{GradingOptions.Section}:{nameof(GradingOptions.Semantic)}", true)
                        ? new CombinedGrader(bank, new SentenceEmbedder())
                        : bank;
                    return await GradeVerb.RunAsync(arguments, bank, grader, stdin, stdout, stderr, cancellationToken);
                }

            case "list":
                using (var bank = await LoadAsync(contentPath, stderr, cancellationToken))
                {
                    return await ListVerb.RunAsync(arguments, bank, stdout, stderr);
                }

            case "import":
                return await ImportVerb.RunAsync(arguments, contentPath, stdout, stderr, cancellationToken);
            case "teams-package":
                return await TeamsPackageVerb.RunAsync(arguments, stdout, stderr, cancellationToken);
            case "validate":
                return await ValidateVerb.RunAsync(
                    arguments.Words.Count > 0 ? arguments.Words[0] : contentPath,
                    arguments.Option("--stale"),
                    token => StoredAlternatives.ReadAsync(Configuration(), Directory.GetCurrentDirectory(), token),
                    stdout,
                    stderr,
                    cancellationToken);
            default:
                await stdout.WriteLineAsync(Usage);
                return 0;
        }
    }

    private static HybridSearch SemanticSearch(LiveQuestionBank bank)
    {
        var vectors = new QuestionVectors(new SentenceEmbedder());
        vectors.Build(bank.Questions);
        return new HybridSearch(bank, vectors);
    }

    /// <summary>The same settings the service reads: appsettings.json, then <c>Coach__…</c> environment variables.</summary>
    private static string ConfiguredContentPath() => Configuration()[$"{ContentOptions.Section}:Path"] ?? new ContentOptions().Path;

    private static IConfigurationRoot Configuration() => new ConfigurationBuilder()
        .AddJsonFile(Path.GetFullPath("appsettings.json"), optional: true)
        .AddEnvironmentVariables()
        .Build();

    private static async Task<LiveQuestionBank> LoadAsync(string contentPath, TextWriter stderr, CancellationToken cancellationToken)
    {
        // Problems in the decks are worth a warning on stderr; routine progress is not.
        using var logging = LoggerFactory.Create(builder => builder
            .SetMinimumLevel(LogLevel.Warning)
            .AddProvider(new StderrLoggerProvider(stderr)));
        var bank = new LiveQuestionBank(logging.CreateLogger<LiveQuestionBank>());
        bank.Apply(await ContentReader.ReadAsync(contentPath, cancellationToken));
        return bank;
    }
}
