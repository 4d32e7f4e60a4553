using Coach.Core.Ports;
using Coach.Core.Questions;
using Coach.Core.Review;
using Dapper;

namespace Coach.Storage.Sql;

internal sealed class SqlReviewStore(ICoachDatabase database) : IReviewStore
{
    private const string Columns = "question_id AS QuestionId, due_utc AS DueUtc, interval_days AS IntervalDays, ease AS Ease, repetitions AS Repetitions, lapses AS Lapses, last_score AS LastScore, answered_utc AS AnsweredUtc";

    public async Task<ReviewState?> FindAsync(string platform, string userId, QuestionId question, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM review_states WHERE platform = @Platform AND user_id = @UserId AND question_id = @Question",
            new { Platform = platform, UserId = userId, Question = question.ToString() },
            cancellationToken: cancellationToken));
        return row?.ToState();
    }

    public async Task SaveAsync(string platform, string userId, ReviewState state, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO review_states (platform, user_id, question_id, due_utc, interval_days, ease, repetitions, lapses, last_score, answered_utc)
            VALUES (@Platform, @UserId, @Question, @Due, @IntervalDays, @Ease, @Repetitions, @Lapses, @LastScore, @Answered)
            ON CONFLICT (platform, user_id, question_id) DO UPDATE SET
                due_utc = excluded.due_utc, interval_days = excluded.interval_days, ease = excluded.ease,
                repetitions = excluded.repetitions, lapses = excluded.lapses, last_score = excluded.last_score,
                answered_utc = excluded.answered_utc
            """,
            new
            {
                Platform = platform,
                UserId = userId,
                Question = state.Question.ToString(),
                Due = state.Due.UtcTicks,
                state.IntervalDays,
                state.Ease,
                state.Repetitions,
                state.Lapses,
                state.LastScore,
                Answered = state.LastAnswered.UtcTicks,
            },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<ReviewState>> AllAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM review_states WHERE platform = @Platform AND user_id = @UserId ORDER BY due_utc, question_id",
            new { Platform = platform, UserId = userId },
            cancellationToken: cancellationToken));
        return [.. rows.Select(row => row.ToState())];
    }

    private sealed record Row(string QuestionId, long DueUtc, double IntervalDays, double Ease, long Repetitions, long Lapses, long LastScore, long AnsweredUtc)
    {
        public ReviewState ToState() => new(
            Core.Questions.QuestionId.Parse(QuestionId),
            new DateTimeOffset(DueUtc, TimeSpan.Zero),
            IntervalDays,
            Ease,
            (int)Repetitions,
            (int)Lapses,
            (int)LastScore,
            new DateTimeOffset(AnsweredUtc, TimeSpan.Zero));
    }
}
