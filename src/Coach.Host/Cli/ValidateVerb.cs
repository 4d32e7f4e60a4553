using System.Globalization;
using Coach.Core.Questions;
using Coach.QuestionBank.Content;

namespace Coach.Host.Cli;

/// <summary>
/// <c>coach validate [path] [--stale DAYS]</c>: every problem as <c>file:line: message</c>; exit 1
/// when there are any. With <c>--stale</c>, also the answers not reviewed for that many days (or
/// never), which is advice for the people keeping the deck, not a problem.
/// </summary>
internal static class ValidateVerb
{
    /// <param name="accepted">The phrases accepted from appeals, read from storage; null without a database.</param>
    public static async Task<int> RunAsync(string path, string? staleDays, Func<CancellationToken, Task<IReadOnlyList<AcceptedAlternative>?>> accepted, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var days = 0;
        if (staleDays is not null && (!int.TryParse(staleDays, NumberStyles.None, CultureInfo.InvariantCulture, out days) || days == 0))
        {
            await stderr.WriteLineAsync($"coach validate: --stale needs a number of days, e.g. --stale 365; got '{staleDays}'");
            return 2;
        }

        var content = await ContentReader.ReadAsync(path, cancellationToken);
        var problems = content.Problems.ToList();
        foreach (var problem in problems)
        {
            await stdout.WriteLineAsync(problem.ToString());
        }

        var questions = content.Decks.SelectMany(deck => deck.Questions).ToList();
        await stdout.WriteLineAsync(problems.Count == 0
            ? $"ok: {questions.Count} questions in {content.Decks.Count} deck(s), {content.Synonyms.Groups.Count} synonym groups"
            : $"{problems.Count} problem(s) in {problems.Select(p => p.File).Distinct().Count()} file(s)");
        try
        {
            await ListAcceptedAsync(questions, await accepted(cancellationToken), stdout);
        }
        catch (System.Data.Common.DbException ex)
        {
            await stderr.WriteLineAsync($"coach validate: accepted alternatives not read from storage: {ex.Message}");
        }
        if (staleDays is not null)
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var stale = questions.Where(question => question.Metadata.IsStale(today, days)).ToList();
            foreach (var question in stale)
            {
                var reviewed = question.Metadata.Reviewed is { } date ? $"last reviewed {date:yyyy-MM-dd}" : "never reviewed";
                await stdout.WriteLineAsync($"stale: {question.Id}\t{reviewed}\t{question.Title}");
            }

            await stdout.WriteLineAsync($"{stale.Count} of {questions.Count} answer(s) not reviewed in the last {days} days");
        }

        return problems.Count == 0 ? 0 : 1;
    }

    // Accepted alternatives live in storage, not in the deck; shown beside the points they count for,
    // and flagged when the deck has since changed that point, so someone can carry them over.
    private static async Task ListAcceptedAsync(IReadOnlyList<Question> questions, IReadOnlyList<AcceptedAlternative>? accepted, TextWriter stdout)
    {
        foreach (var alternative in accepted ?? [])
        {
            var question = questions.FirstOrDefault(q => q.Id == alternative.Question);
            var current = question is not null && question.KeyPoints.Contains(alternative.KeyPoint);
            await stdout.WriteLineAsync(current
                ? $"accepted: {alternative.Question} \"{alternative.KeyPoint}\" is also covered by \"{alternative.Phrase}\""
                : $"accepted, point no longer in the deck: {alternative.Question} \"{alternative.KeyPoint}\" ← \"{alternative.Phrase}\"");
        }
    }
}
