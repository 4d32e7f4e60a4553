using System.Text.Json;
using Coach.Tests;

namespace Coach.Host.Tests.Cli;

public sealed class GradeVerbTests
{
    [Fact]
    public async Task Grade_json_gives_the_score_and_the_key_points_covered_and_missed()
    {
        var run = await CliRun.RunAsync("", "--content", RepositoryPaths.Content, "grade", "--json", "aws-security/17", "SGs only allow, NACLs can deny");

        run.ExitCode.ShouldBe(0);
        var json = JsonDocument.Parse(run.Lines.ShouldHaveSingleItem()).RootElement;
        json.GetProperty("id").GetString().ShouldBe("aws-security/17");
        json.GetProperty("score").GetInt32().ShouldBeInRange(1, 99);
        json.GetProperty("covered").EnumerateArray().Select(p => p.GetString()).ShouldContain("Deny: SG supports ALLOW only. NACL supports ALLOW and DENY.");
        json.GetProperty("missed").GetArrayLength().ShouldBeGreaterThan(0);
        json.GetProperty("tips").EnumerateArray().Select(p => p.GetString()).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Grade_json_stdin_grades_each_line_in_order_and_is_deterministic()
    {
        const string input = "aws-security/19\tMacie finds PII in S3 with machine learning\naws-security/19\tMacie finds PII in S3 with machine learning\nnope/1\tanything\n";

        var run = await CliRun.RunAsync(input, "--content", RepositoryPaths.Content, "grade", "--json", "--stdin");

        var lines = run.Lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        lines.Count.ShouldBe(3);
        lines[0].GetProperty("score").GetInt32().ShouldBe(lines[1].GetProperty("score").GetInt32());
        lines[2].GetProperty("error").GetString().ShouldBe("unknown question");
    }

    [Fact]
    public async Task Grade_in_text_marks_each_key_point()
    {
        var run = await CliRun.RunAsync("", "--content", RepositoryPaths.Content, "grade", "aws-security/13", "WORM storage; in compliance mode nobody, not even root, can overwrite or delete during the retention period");
        run.Stdout.ShouldStartWith("aws-security/13  What is S3 Object Lock?\nScore: ");
        run.Stdout.ShouldContain("  ✓ Compliance Mode:");
    }

    [Fact]
    public async Task Grade_without_a_question_is_a_usage_error()
    {
        var run = await CliRun.RunAsync("", "--content", RepositoryPaths.Content, "grade");
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("coach grade aws-security/17");
    }

    [Fact]
    public async Task Grade_for_an_unknown_question_exits_1()
    {
        var run = await CliRun.RunAsync("", "--content", RepositoryPaths.Content, "grade", "aws-security/99", "x");
        run.ExitCode.ShouldBe(1);
        run.Stdout.ShouldContain("Unknown question: aws-security/99");
    }
}
