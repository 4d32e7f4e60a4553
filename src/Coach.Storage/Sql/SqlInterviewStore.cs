using System.Text.Json;
using Coach.Core.App;
using Coach.Core.Interviews;
using Coach.Core.Ports;
using Coach.Core.Questions;
using Dapper;

namespace Coach.Storage.Sql;

internal sealed class SqlInterviewStore(ICoachDatabase database) : IInterviewStore
{
    private const string Columns =
        "id, platform, user_id AS UserId, channel_id AS ChannelId, questions, position, state, hints, started_utc AS StartedUtc, asked_utc AS AskedUtc, last_activity_utc AS LastActivityUtc, follow_up AS FollowUp";

    private const string AnswerColumns =
        "position, question_id AS QuestionId, score, skipped, seconds, follow_up_point AS FollowUpPoint, follow_up_text AS FollowUpText, follow_up_gained AS FollowUpGained, first_score AS FirstScore";

    // Compare-and-set on the position: a write from a session read before another replica moved it on
    // (a Hint pressed as the answer was being graded) changes nothing, instead of moving the session back
    // a question, after which every answer would collide with the stored one and be ignored.
    // Hints, times and pauses leave a waiting follow-up as it is: only recording an answer or a
    // follow-up's reply changes it (MoveSession), so a stale save cannot drop or bring back a follow-up.
    private const string SessionFields = "position = @Position, state = @State, hints = @HintsUsed, asked_utc = @Asked, last_activity_utc = @LastActivity";

    private const string UpdateSession = $"UPDATE interview_sessions SET {SessionFields} WHERE id = @Id AND position = @ExpectedPosition";

    private const string MoveSession = $"UPDATE interview_sessions SET {SessionFields}, follow_up = @FollowUp WHERE id = @Id AND position = @ExpectedPosition";

    public async Task<InterviewSession?> FindOpenAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM interview_sessions WHERE platform = @Platform AND user_id = @UserId AND state = 'open'",
            new { Platform = platform, UserId = userId },
            cancellationToken: cancellationToken));
        return row?.ToSession();
    }

    public async Task<InterviewSession?> TryStartAsync(ChannelRef channel, string userId, IReadOnlyList<QuestionId> questions, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The unique index on a person's open session turns a second start into no row at all,
        // on SQLite and PostgreSQL alike, so two replicas racing cannot both open one.
        await using var connection = await database.OpenAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            """
            INSERT INTO interview_sessions (platform, user_id, channel_id, questions, position, state, hints, started_utc, asked_utc, last_activity_utc)
            VALUES (@Platform, @UserId, @ChannelId, @Questions, 0, 'open', 0, @Now, @Now, @Now)
            ON CONFLICT DO NOTHING
            RETURNING id
            """,
            new { channel.Platform, UserId = userId, ChannelId = channel.Id, Questions = JsonSerializer.Serialize(questions.Select(q => q.ToString())), Now = now.UtcTicks },
            cancellationToken: cancellationToken));
        return id is { } started ? new InterviewSession(started, channel, userId, questions, 0, false, 0, now, now, now) : null;
    }

    public async Task SaveAsync(InterviewSession session, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(UpdateSession, SessionParameters(session, session.Position), cancellationToken: cancellationToken));
    }

    public async Task<bool> TryRecordAnswerAsync(InterviewSession movedOn, InterviewAnswer answer, string text, string? eventId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // One transaction: a crash between the two writes would leave an answer recorded against a
        // session still waiting for it, and every later answer refused as a repeat.
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO interview_answers (session_id, position, question_id, text, score, skipped, seconds, answered_utc, event_id, follow_up_point, first_score)
            VALUES (@SessionId, @Position, @Question, @Text, @Score, @Skipped, @Seconds, @At, @EventId, @FollowUpPoint, @FirstScore)
            ON CONFLICT DO NOTHING
            """,
            new
            {
                SessionId = movedOn.Id,
                answer.Position,
                Question = answer.Question.ToString(),
                Text = text,
                answer.Score,
                Skipped = answer.Skipped ? 1 : 0,
                Seconds = (long)answer.Taken.TotalSeconds,
                At = at.UtcTicks,
                EventId = eventId,
                FollowUpPoint = answer.FollowUp?.KeyPoint,
                FirstScore = answer.FollowUp?.FirstScore,
            },
            transaction,
            cancellationToken: cancellationToken));
        if (inserted == 1)
        {
            await connection.ExecuteAsync(new CommandDefinition(MoveSession, SessionParameters(movedOn, answer.Position), transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return inserted == 1;
    }

    public async Task<bool> TryRecordFollowUpAsync(InterviewSession movedOn, int position, InterviewFollowUp followUp, int score, string? eventId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        // The reply is taken only while the follow-up waits for one (follow_up_text IS NULL): a second
        // delivery of the same reply, or another replica working it off, changes nothing.
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE interview_answers
            SET score = @Score, follow_up_text = @Reply, follow_up_event_id = @EventId, follow_up_gained = @Gained
            WHERE session_id = @SessionId AND position = @Position AND follow_up_point IS NOT NULL AND follow_up_text IS NULL
            """,
            new
            {
                SessionId = movedOn.Id,
                Position = position,
                Score = score,
                Reply = followUp.Reply ?? "",
                EventId = eventId,
                Gained = JsonSerializer.Serialize(followUp.Gained),
            },
            transaction,
            cancellationToken: cancellationToken));
        if (updated == 1)
        {
            await connection.ExecuteAsync(new CommandDefinition(MoveSession, SessionParameters(movedOn, position), transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return updated == 1;
    }

    public async Task<string?> AnswerTextAsync(long sessionId, int position, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT text FROM interview_answers WHERE session_id = @SessionId AND position = @Position",
            new { SessionId = sessionId, Position = position },
            cancellationToken: cancellationToken));
    }

    public async Task<RecordedAnswer?> FindAnswerFromAsync(string platform, string userId, string eventId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var session = await connection.QueryFirstOrDefaultAsync<Row>(new CommandDefinition(
            // Correlated on the session: found through the person's sessions (interview_sessions_user),
            // then each one's (session_id, event_id) index, not a scan of every answer ever given.
            $"""
            SELECT {Columns} FROM interview_sessions s
            WHERE platform = @Platform AND user_id = @UserId
              AND EXISTS (SELECT 1 FROM interview_answers a WHERE a.session_id = s.id AND (a.event_id = @EventId OR a.follow_up_event_id = @EventId))
            ORDER BY id DESC
            """,
            new { Platform = platform, UserId = userId, EventId = eventId },
            cancellationToken: cancellationToken));
        if (session is null)
        {
            return null;
        }

        var answer = await connection.QueryFirstAsync<AnswerRow>(new CommandDefinition(
            $"SELECT {AnswerColumns}, text, CAST(CASE WHEN follow_up_event_id = @EventId THEN 1 ELSE 0 END AS BIGINT) AS FromFollowUp FROM interview_answers WHERE session_id = @SessionId AND (event_id = @EventId OR follow_up_event_id = @EventId)",
            new { SessionId = session.Id, EventId = eventId },
            cancellationToken: cancellationToken));
        return new RecordedAnswer(session.ToSession(), answer.ToAnswer(), answer.Text, answer.FromFollowUp == 1);
    }

    public async Task<IReadOnlyList<InterviewAnswer>> AnswersAsync(long sessionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AnswerRow>(new CommandDefinition(
            $"SELECT {AnswerColumns}, '' AS Text, CAST(0 AS BIGINT) AS FromFollowUp FROM interview_answers WHERE session_id = @SessionId ORDER BY position",
            new { SessionId = sessionId },
            cancellationToken: cancellationToken));
        return [.. rows.Select(row => row.ToAnswer())];
    }

    public async Task<IReadOnlyDictionary<QuestionId, int>> LatestScoresAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string QuestionId, long Score)>(new CommandDefinition(
            """
            SELECT a.question_id, a.score FROM interview_answers a
            JOIN interview_sessions s ON s.id = a.session_id
            WHERE s.platform = @Platform AND s.user_id = @UserId
            ORDER BY a.answered_utc
            """,
            new { Platform = platform, UserId = userId },
            cancellationToken: cancellationToken));
        var latest = new Dictionary<QuestionId, int>();
        foreach (var (question, score) in rows)
        {
            latest[QuestionId.Parse(question)] = (int)score;
        }

        return latest;
    }

    private static object SessionParameters(InterviewSession session, int expectedPosition) => new
    {
        session.Id,
        ExpectedPosition = expectedPosition,
        session.Position,
        State = session.Finished ? "finished" : "open",
        session.HintsUsed,
        Asked = session.AskedAt.UtcTicks,
        LastActivity = session.LastActivityAt.UtcTicks,
        session.FollowUp,
    };

    // Integer columns come back as long (SQLite INTEGER, PostgreSQL BIGINT); Dapper matches the constructor by those types.
    private sealed record Row(long Id, string Platform, string UserId, string ChannelId, string Questions, long Position, string State, long Hints, long StartedUtc, long AskedUtc, long LastActivityUtc, string? FollowUp)
    {
        public InterviewSession ToSession() => new(
            Id,
            new ChannelRef(Platform, ChannelId, IsDirect: true),
            UserId,
            [.. (JsonSerializer.Deserialize<string[]>(Questions) ?? []).Select(QuestionId.Parse)],
            (int)Position,
            State == "finished",
            (int)Hints,
            new DateTimeOffset(StartedUtc, TimeSpan.Zero),
            new DateTimeOffset(AskedUtc, TimeSpan.Zero),
            new DateTimeOffset(LastActivityUtc, TimeSpan.Zero),
            FollowUp);
    }

    private sealed record AnswerRow(
        long Position, string QuestionId, long Score, long Skipped, long Seconds, string? FollowUpPoint, string? FollowUpText, string? FollowUpGained, long? FirstScore, string Text, long FromFollowUp)
    {
        public InterviewAnswer ToAnswer() => new(
            (int)Position,
            Coach.Core.Questions.QuestionId.Parse(QuestionId),
            (int)Score,
            Skipped != 0,
            TimeSpan.FromSeconds(Seconds),
            FollowUpPoint is null ? null : new InterviewFollowUp(
                FollowUpPoint,
                FollowUpText,
                (int)(FirstScore ?? Score),
                FollowUpGained is null ? [] : JsonSerializer.Deserialize<string[]>(FollowUpGained) ?? []));
    }
}
