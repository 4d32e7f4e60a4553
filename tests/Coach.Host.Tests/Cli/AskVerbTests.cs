using System.Text.Json;
using Coach.Tests;

namespace Coach.Host.Tests.Cli;

public sealed class AskVerbTests
{
    private static readonly string Content = RepositoryPaths.Content;

    [Fact]
    public async Task Ask_prints_the_best_question_its_answer_and_related_titles()
    {
        var run = await CliRun.RunAsync("", "--content", Content, "ask", "what is macie");

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldStartWith("What is Macie?  [aws-security/19 · Advanced Scenarios]");
        run.Stdout.ShouldContain("discover and protect sensitive data (PII, credit card numbers)");
        run.Stdout.ShouldContain("Related:");
        run.Stderr.ShouldBeEmpty();
    }

    [Fact]
    public async Task Ask_without_a_confident_match_offers_suggestions_instead_of_an_answer()
    {
        // The seed deck alone has nothing on Kubernetes; the shipped decks now do (network-governance/19).
        var run = await CliRun.RunAsync("", "--content", RepositoryPaths.SeedDeck, "ask", "how", "do", "I", "secure", "kubernetes", "clusters");

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldStartWith("No confident match for \"how do I secure kubernetes clusters\".");
        run.Stdout.ShouldContain("Did you mean:");
        run.Lines.Count(line => line.StartsWith("  aws-security/", StringComparison.Ordinal)).ShouldBeInRange(1, 3);
    }

    [Fact]
    public async Task Ask_json_gives_one_line_with_the_best_match_first()
    {
        var run = await CliRun.RunAsync("", "--content", Content, "ask", "--json", "sg vs nacl");

        run.ExitCode.ShouldBe(0);
        var json = JsonDocument.Parse(run.Lines.ShouldHaveSingleItem()).RootElement;
        json.GetProperty("query").GetString().ShouldBe("sg vs nacl");
        json.GetProperty("confident").GetBoolean().ShouldBeTrue();
        var matches = json.GetProperty("matches");
        matches.GetArrayLength().ShouldBeInRange(1, 5);
        matches[0].GetProperty("id").GetString().ShouldBe("aws-security/17");
        matches[0].GetProperty("title").GetString().ShouldBe("What is the difference between Security Groups and NACLs?");
        matches[0].GetProperty("topic").GetString().ShouldBe("Advanced Scenarios");
        matches[0].GetProperty("score").GetDouble().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Ask_json_for_something_outside_the_bank_is_not_confident()
    {
        var run = await CliRun.RunAsync("", "--content", Content, "ask", "--json", "best pizza in town");
        JsonDocument.Parse(run.Stdout).RootElement.GetProperty("confident").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Ask_json_says_when_it_corrected_a_typo()
    {
        var run = await CliRun.RunAsync("", "--content", Content, "ask", "--json", "what is maice");
        var json = JsonDocument.Parse(run.Stdout).RootElement;
        json.GetProperty("corrected").GetString().ShouldBe("what is macie");
        json.GetProperty("matches")[0].GetProperty("id").GetString().ShouldBe("aws-security/19");
    }

    [Fact]
    public async Task Ask_json_stdin_answers_every_line_in_order()
    {
        var run = await CliRun.RunAsync("what is macie\n\nsg vs nacl\nimdsv2\n", "--content", Content, "ask", "--json", "--stdin");

        run.ExitCode.ShouldBe(0);
        var queries = run.Lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        queries.Select(q => q.GetProperty("query").GetString()).ShouldBe(["what is macie", "", "sg vs nacl", "imdsv2"]);
        queries[1].GetProperty("confident").GetBoolean().ShouldBeFalse();
        queries[3].GetProperty("matches")[0].GetProperty("id").GetString().ShouldBe("aws-security/15");
    }

    [Theory]
    [InlineData("ask")]
    [InlineData("ask", "   ")]
    [InlineData("ask", "--json")]
    public async Task An_empty_question_prints_usage_on_stderr_and_exits_2(params string[] args)
    {
        var run = await CliRun.RunAsync("", ["--content", Content, .. args]);

        run.ExitCode.ShouldBe(2);
        run.Stdout.ShouldBeEmpty();
        run.Stderr.ShouldContain("coach ask \"what is macie\"");
    }

    [Fact]
    public async Task Ask_searches_the_content_folder_it_is_given()
    {
        using var folder = new TempFolder();
        folder.Write("pets.md", "## Cats\n\n### 1. Why do cats purr?\nContentment, mostly.\n");

        var run = await CliRun.RunAsync("", "ask", "--json", "--content", folder.Path, "purring cats");

        JsonDocument.Parse(run.Stdout).RootElement.GetProperty("matches")[0].GetProperty("id").GetString().ShouldBe("pets/1");
    }

    [Fact]
    public async Task An_option_without_its_value_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("", "ask", "macie", "--content");
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("--content needs a value");
    }
}
