using Coach.QuestionBank.Content;
using Coach.Tests;

namespace Coach.Host.Tests.Cli;

/// <summary><c>coach import</c> from the files people keep their notes in, into a content folder the service and <c>coach ask</c> read.</summary>
public sealed class ImportVerbTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Content => Path.Combine(_folder.Path, "content");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_csv_with_quoted_commas_doubled_quotes_line_breaks_and_bullets_becomes_a_deck_that_validates_and_ask_finds()
    {
        var csv = _folder.Write("notes.csv", """
            question,answer,topic,difficulty,tags,reference
            "What does an SCP do, and what does it not do?","* Sets the **maximum** permissions of the accounts in an OU
            * Grants nothing by itself",Governance,medium,"organizations, scp",https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html
            "Why say ""least privilege""?","Because access that is not granted cannot be abused.
            1. Start from nothing
            2. Add what the job needs",,hard,,
            """);

        var run = await CliRun.RunAsync("", "--content", Content, "import", csv, "--deck", "team-notes", "--topic", "Principles");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldContain("imported 2 question(s)");
        run.Stdout.ShouldContain("Governance 1, Principles 1");
        var deck = await ContentReader.ReadDeckAsync(Path.Combine(Content, "team-notes.md"), CancellationToken.None);
        deck.Problems.ShouldBeEmpty();
        deck.Questions.Select(q => q.Id.ToString()).ShouldBe(["team-notes/1", "team-notes/2"]);
        var scp = deck.Questions[0];
        scp.Title.ShouldBe("What does an SCP do, and what does it not do?");
        scp.Topic.ShouldBe("Governance");
        scp.KeyPoints.ShouldBe(["Sets the maximum permissions of the accounts in an OU", "Grants nothing by itself"]);
        scp.AnswerMarkdown.ShouldContain("**maximum**");
        scp.Metadata.Difficulty.ShouldBe(Coach.Core.Questions.Difficulty.Medium);
        scp.Metadata.Tags.ShouldBe(["organizations", "scp"]);
        scp.Metadata.References.Single().Host.ShouldBe("docs.aws.amazon.com");
        var why = deck.Questions[1];
        why.Title.ShouldBe("Why say \"least privilege\"?");
        why.Topic.ShouldBe("Principles");
        why.KeyPoints.ShouldContain("Start from nothing");

        (await CliRun.RunAsync("", "validate", Content)).ExitCode.ShouldBe(0);
        var ask = await CliRun.RunAsync("", "--content", Content, "ask", "what does an scp not do");
        ask.Stdout.ShouldContain("team-notes/1");
    }

    [Fact]
    public async Task An_anki_export_with_its_header_lines_and_html_becomes_markdown_with_no_html_left()
    {
        var anki = _folder.Write("anki.txt", string.Join('\n',
            "#separator:tab",
            "#html:true",
            "#notetype column:1",
            "#deck column:2",
            "#tags column:5",
            "Basic\tAWS::Data Protection\t<b>What</b> does KMS&nbsp;envelope encryption do?\tIt encrypts data with a <i>data key</i>.<br>Then it:<ul><li>encrypts the data key with the KMS key</li><li>stores both together</li></ul>\tkms crypto::keys",
            "Basic\tAWS::Data Protection\t\"Which tag is \"\"<b>bold</b>\"\"?\"\t\"<div>One line</div><div>Another &lt;not a tag&gt; &amp; more</div>\"\t",
            ""));

        var run = await CliRun.RunAsync("", "--content", Content, "import", anki, "--deck", "anki");

        run.ExitCode.ShouldBe(0, run.Stderr);
        run.Stdout.ShouldContain("(anki)");
        var markdown = await File.ReadAllTextAsync(Path.Combine(Content, "anki.md"));
        markdown.ShouldNotContain("<b>");
        markdown.ShouldNotContain("<br");
        markdown.ShouldNotContain("<li>");
        markdown.ShouldNotContain("&nbsp;");
        markdown.ShouldNotContain("&amp;");
        var deck = await ContentReader.ReadDeckAsync(Path.Combine(Content, "anki.md"), CancellationToken.None);
        deck.Problems.ShouldBeEmpty();
        var kms = deck.Questions[0];
        kms.Title.ShouldBe("What does KMS envelope encryption do?");
        kms.Topic.ShouldBe("Data Protection");
        kms.AnswerMarkdown.ShouldContain("*data key*");
        kms.KeyPoints.ShouldBe(["It encrypts data with a data key.", "encrypts the data key with the KMS key", "stores both together"]);
        kms.Metadata.Tags.ShouldBe(["kms", "crypto-keys"]);
        deck.Questions[1].Title.ShouldBe("Which tag is \"bold\"?");
        deck.Questions[1].KeyPoints.ShouldBe(["One line", "Another <not a tag> & more"]);
        (await CliRun.RunAsync("", "validate", Content)).ExitCode.ShouldBe(0);
        (await CliRun.RunAsync("", "--content", Content, "ask", "kms envelope encryption data key")).Stdout.ShouldContain("anki/1");
    }

    [Fact]
    public async Task A_quizlet_export_reads_term_and_definition_by_tab_or_comma()
    {
        var quizlet = _folder.Write("quizlet.txt", "Amazon GuardDuty\tThreat detection from CloudTrail, VPC Flow Logs and DNS logs\nAmazon Macie, Finds sensitive data such as PII in S3\n");

        var run = await CliRun.RunAsync("", "--content", Content, "import", quizlet, "--deck", "services", "--topic", "Services");

        run.ExitCode.ShouldBe(0, run.Stderr);
        var deck = await ContentReader.ReadDeckAsync(Path.Combine(Content, "services.md"), CancellationToken.None);
        deck.Questions.Select(q => (q.Title, q.AnswerMarkdown)).ShouldBe([
            ("Amazon GuardDuty", "Threat detection from CloudTrail, VPC Flow Logs and DNS logs"),
            ("Amazon Macie", "Finds sensitive data such as PII in S3"),
        ]);
        (await CliRun.RunAsync("", "--content", Content, "ask", "find pii in s3")).Stdout.ShouldContain("services/2");
    }

    [Fact]
    public async Task Bad_rows_are_named_by_file_and_line_and_nothing_is_written()
    {
        var csv = _folder.Write("bad.csv", """
            question,answer,difficulty,reference
            What is IAM?,Identity and access management,easy,
            "A question whose answer
            runs over two lines",,medium,
            ,An answer without a question,,
            What is IAM?,Asked twice,,
            What is KMS?,Keys,extreme,
            What is WAF?,A firewall,,http://docs.aws.amazon.com/waf
            """);

        var run = await CliRun.RunAsync("", "--content", Content, "import", csv, "--deck", "bad", "--topic", "T");

        run.ExitCode.ShouldBe(1);
        run.Stderr.ShouldContain($"{csv}:3: row without an answer");
        run.Stderr.ShouldContain($"{csv}:5: row without a question");
        run.Stderr.ShouldContain($"{csv}:6: duplicate question (first at line 2)");
        run.Stderr.ShouldContain($"{csv}:7: unknown difficulty 'extreme': use easy, medium, hard");
        run.Stderr.ShouldContain($"{csv}:8: reference 'http://docs.aws.amazon.com/waf' is not an https:// link");
        run.Stderr.ShouldContain("nothing written");
        Directory.Exists(Content).ShouldBeFalse();
    }

    [Fact]
    public async Task A_file_without_topics_needs_topic()
    {
        var quizlet = _folder.Write("quizlet.txt", "Term\tDefinition\n");

        var run = await CliRun.RunAsync("", "--content", Content, "import", quizlet, "--deck", "terms");

        run.ExitCode.ShouldBe(1);
        run.Stderr.ShouldContain($"{quizlet}:1: no topic: add a topic column or pass --topic TOPIC");
        File.Exists(Path.Combine(Content, "terms.md")).ShouldBeFalse();
    }

    [Fact]
    public async Task An_existing_deck_is_only_overwritten_with_replace()
    {
        Directory.CreateDirectory(Content);
        var existing = Path.Combine(Content, "terms.md");
        await File.WriteAllTextAsync(existing, "## Kept\n\n### 1. Still here?\nYes.\n");
        var quizlet = _folder.Write("quizlet.txt", "Term\tDefinition\n");

        var refused = await CliRun.RunAsync("", "--content", Content, "import", quizlet, "--deck", "terms", "--topic", "T");
        refused.ExitCode.ShouldBe(1);
        refused.Stderr.ShouldContain("pass --replace");
        (await File.ReadAllTextAsync(existing)).ShouldContain("Still here?");

        var replaced = await CliRun.RunAsync("", "--content", Content, "import", quizlet, "--deck", "terms", "--topic", "T", "--replace");
        replaced.ExitCode.ShouldBe(0, replaced.Stderr);
        (await File.ReadAllTextAsync(existing)).ShouldContain("### 1. Term");
        Directory.GetFiles(Content).ShouldBe([existing]);
    }

    [Theory]
    [InlineData("--deck", "Team Notes", "must be lower-case letters")]
    [InlineData("--format", "xlsx", "unknown --format 'xlsx'")]
    public async Task Bad_arguments_exit_2(string option, string value, string message)
    {
        var quizlet = _folder.Write("quizlet.txt", "Term\tDefinition\n");
        string[] args = option == "--deck"
            ? ["--content", Content, "import", quizlet, "--deck", value]
            : ["--content", Content, "import", quizlet, "--deck", "terms", option, value];

        var run = await CliRun.RunAsync("", args);

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain(message);
    }
}
