using Coach.QuestionBank.Content;

namespace Coach.Host.Cli;

/// <summary><c>coach validate [path]</c>: every problem as <c>file:line: message</c>; exit 1 when there are any.</summary>
internal static class ValidateVerb
{
    public static async Task<int> RunAsync(string path, TextWriter stdout, CancellationToken cancellationToken)
    {
        var content = await ContentReader.ReadAsync(path, cancellationToken);
        var problems = content.Problems.ToList();
        foreach (var problem in problems)
        {
            await stdout.WriteLineAsync(problem.ToString());
        }

        var questions = content.Decks.Sum(deck => deck.Questions.Count);
        await stdout.WriteLineAsync(problems.Count == 0
            ? $"ok: {questions} questions in {content.Decks.Count} deck(s), {content.Synonyms.Groups.Count} synonym groups"
            : $"{problems.Count} problem(s) in {problems.Select(p => p.File).Distinct().Count()} file(s)");
        return problems.Count == 0 ? 0 : 1;
    }
}
