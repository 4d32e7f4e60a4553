using System.Text;
using System.Text.Json;
using Coach.Core.Grading;
using Coach.Core.Ports;
using Coach.Core.Questions;

namespace Coach.Host.Cli;

/// <summary>
/// <c>coach grade [--json] &lt;question-id&gt; "&lt;answer&gt;"</c>: how an answer does against the
/// model answer; <c>--json --stdin</c> grades <c>id&lt;TAB&gt;answer</c> lines, one JSON line each.
/// </summary>
internal static class GradeVerb
{
    public static async Task<int> RunAsync(
        CliArguments arguments, IQuestionBank bank, IAnswerGrader grader, TextReader stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var json = arguments.Has("--json");
        if (arguments.Has("--stdin"))
        {
            while (await stdin.ReadLineAsync(cancellationToken) is { } line)
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                var (id, answer) = tab < 0 ? (line, "") : (line[..tab], line[(tab + 1)..]);
                await WriteAsync(bank, grader, id.Trim(), answer, json, stdout);
            }

            return 0;
        }

        if (arguments.Words.Count < 1)
        {
            await stderr.WriteLineAsync("coach grade: which question? e.g. coach grade aws-security/17 \"SGs are stateful, NACLs are not\"");
            return 2;
        }

        return await WriteAsync(bank, grader, arguments.Words[0], string.Join(' ', arguments.Words.Skip(1)), json, stdout) ? 0 : 1;
    }

    private static async Task<bool> WriteAsync(IQuestionBank bank, IAnswerGrader grader, string id, string answer, bool json, TextWriter stdout)
    {
        if (!QuestionId.TryParse(id, out var questionId) || bank.Find(questionId.Value) is not { } question)
        {
            await stdout.WriteLineAsync(json ? JsonSerializer.Serialize(new { id, error = "unknown question" }, AskJson.Options) : $"Unknown question: {id}");
            return false;
        }

        var grade = grader.Grade(question, answer);
        await stdout.WriteLineAsync(json ? JsonSerializer.Serialize(GradeJson.From(question, grade), AskJson.Options) : Text(question, grade));
        return true;
    }

    private static string Text(Question question, AnswerGrade grade)
    {
        var text = new StringBuilder($"{question.Id}  {question.Title}\nScore: {grade.Score}/100\n");
        foreach (var point in grade.KeyPoints)
        {
            text.Append(point.Covered ? "  ✓ " : "  ✗ ").Append(point.KeyPoint).Append('\n');
        }

        foreach (var tip in grade.Tips)
        {
            text.Append("Tip: ").Append(tip).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }

    private sealed record GradeJson(string Id, int Score, IReadOnlyList<string> Covered, IReadOnlyList<string> Missed, IReadOnlyList<string> Tips)
    {
        public static GradeJson From(Question question, AnswerGrade grade) =>
            new(question.Id.ToString(), grade.Score, [.. grade.Covered.Select(p => p.KeyPoint)], [.. grade.Missed.Select(p => p.KeyPoint)], grade.Tips);
    }
}
