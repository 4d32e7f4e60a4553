using Coach.Tests;

namespace Coach.Host.Tests.Cli;

public sealed class ListAndValidateVerbTests
{
    [Fact]
    public async Task List_prints_every_question_id_topic_and_title_of_every_shipped_deck()
    {
        var run = await CliRun.RunAsync("", "--content", RepositoryPaths.Content, "list");

        run.ExitCode.ShouldBe(0);
        run.Lines.Length.ShouldBeGreaterThanOrEqualTo(100);
        run.Lines.Select(line => line.Split('/')[0]).Distinct().Count().ShouldBeGreaterThanOrEqualTo(3);
        run.Lines.ShouldContain("aws-security/19\tAdvanced Scenarios\tWhat is Macie?");
        run.Lines.Count(line => line.StartsWith("aws-security/", StringComparison.Ordinal)).ShouldBe(20);
    }

    [Fact]
    public async Task List_topic_keeps_the_questions_of_matching_topics()
    {
        var run = await CliRun.RunAsync("", "--content", RepositoryPaths.Content, "list", "--topic", "iam");
        run.Lines.Select(line => line.Split('\t')[0]).ShouldBe(["aws-security/1", "aws-security/2", "aws-security/3"]);
    }

    [Fact]
    public async Task List_with_an_unknown_topic_names_the_topics_there_are()
    {
        var run = await CliRun.RunAsync("", "--content", RepositoryPaths.Content, "list", "--topic", "cooking");
        run.ExitCode.ShouldBe(1);
        run.Stderr.ShouldContain("Data Protection");
    }

    [Fact]
    public async Task Validate_passes_the_shipped_content()
    {
        var run = await CliRun.RunAsync("", "validate", RepositoryPaths.Content);
        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldMatch(@"^ok: 1\d\d questions in [3-9] deck\(s\)");
    }

    [Fact]
    public async Task Validate_lists_every_planted_problem_with_file_and_line_and_exits_1()
    {
        using var folder = new TempFolder();
        var broken = folder.Write("broken.md", BrokenDeck.Markdown);
        folder.Write("good.md", "## T\n\n### 1. Fine?\nYes.\n");
        folder.Write("synonyms.txt", "sg, security group\nlonely\n");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "gone.md"), Path.Combine(folder.Path, "missing-target.md"));

        var run = await CliRun.RunAsync("", "validate", folder.Path);

        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldContain($"{broken}:3: question outside a topic");
        run.Stdout.ShouldContain($"{broken}:11: heading without a number");
        run.Stdout.ShouldContain($"{broken}:14: duplicate number 2 (first used at line 8)");
        run.Stdout.ShouldContain($"{broken}:17: empty answer");
        run.Stdout.ShouldContain($"{broken}:23: question 5 has no text after its number");
        run.Stdout.ShouldContain($"{Path.Combine(folder.Path, "synonyms.txt")}:2: a synonym group needs at least two different terms");
        run.Stdout.ShouldContain($"{Path.Combine(folder.Path, "gone.md")}:0: unreadable file");
        run.Lines[^1].ShouldBe("7 problem(s) in 3 file(s)");
        run.Stdout.ShouldNotContain("good.md");
    }

    [Fact]
    public async Task Validate_a_single_deck_file()
    {
        var run = await CliRun.RunAsync("", "validate", RepositoryPaths.SeedDeck);
        run.ExitCode.ShouldBe(0);
    }

    [Fact]
    public async Task Help_prints_the_verbs()
    {
        var run = await CliRun.RunAsync("", "help");
        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldContain("ask --json --stdin");
    }

    [Fact]
    public async Task Validate_stale_lists_answers_not_reviewed_in_time_and_still_exits_0()
    {
        using var folder = new TempFolder();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        folder.Write("deck.md", $"## T\n\n### 1. Fresh?\nReviewed: {today.AddDays(-10):yyyy-MM-dd}\n\nYes.\n\n### 2. Old?\nReviewed: {today.AddDays(-400):yyyy-MM-dd}\n\nYes.\n\n### 3. Never?\nYes.\n");

        var run = await CliRun.RunAsync("", "validate", folder.Path, "--stale", "365");

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldContain($"stale: deck/2\tlast reviewed {today.AddDays(-400):yyyy-MM-dd}\tOld?");
        run.Stdout.ShouldContain("stale: deck/3\tnever reviewed\tNever?");
        run.Stdout.ShouldNotContain("deck/1");
        run.Lines[^1].ShouldBe("2 of 3 answer(s) not reviewed in the last 365 days");
    }

    [Fact]
    public async Task Validate_shows_the_phrases_accepted_from_appeals_beside_their_points_and_flags_points_the_deck_no_longer_has()
    {
        using var folder = new TempFolder();
        folder.Write("deck.md", "## T\n\n### 1. Why?\n* Blocks public buckets.\n* Logs every call.\n");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        IReadOnlyList<Coach.Core.Questions.AcceptedAlternative> accepted =
        [
            new(Coach.Core.Questions.QuestionId.Parse("deck/1"), "Blocks public buckets.", "turns off public access"),
            new(Coach.Core.Questions.QuestionId.Parse("deck/1"), "Logged every call.", "audits the API"),
        ];

        var exit = await Coach.Host.Cli.ValidateVerb.RunAsync(folder.Path, null, _ => Task.FromResult<IReadOnlyList<Coach.Core.Questions.AcceptedAlternative>?>(accepted), stdout, stderr, CancellationToken.None);

        exit.ShouldBe(0);
        stdout.ToString().ShouldContain("accepted: deck/1 \"Blocks public buckets.\" is also covered by \"turns off public access\"");
        stdout.ToString().ShouldContain("accepted, point no longer in the deck: deck/1 \"Logged every call.\" ← \"audits the API\"");
    }
}
