using Coach.Core.App;
using Coach.Core.Learning;
using Coach.Core.Ports;
using Coach.Core.Questions;
using Dapper;

namespace Coach.Storage.Sql;

/// <summary>Reads graded answers from where they are kept: mock interview answers and daily-question replies.</summary>
internal sealed class SqlAnswerHistory(ICoachDatabase database) : IAnswerHistory
{
    public async Task<IReadOnlyList<ScoredAnswer>> PersonAsync(string platform, string userId, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AnswerRow>(new CommandDefinition(
            """
            SELECT a.question_id AS QuestionId, a.score AS Score, a.answered_utc AS AtUtc
            FROM interview_answers a JOIN interview_sessions s ON s.id = a.session_id
            WHERE s.platform = @Platform AND s.user_id = @UserId AND a.skipped = 0 AND a.answered_utc >= @Since
            UNION ALL
            SELECT p.question_id, r.score, r.replied_utc
            FROM daily_replies r JOIN daily_posts p ON p.id = r.post_id
            WHERE p.platform = @Platform AND r.user_id = @UserId AND r.replied_utc >= @Since
            ORDER BY AtUtc, QuestionId
            """,
            new { Platform = platform, UserId = userId, Since = since.UtcTicks },
            cancellationToken: cancellationToken));
        return [.. rows.Select(row => new ScoredAnswer(QuestionId.Parse(row.QuestionId), (int)row.Score, new DateTimeOffset(row.AtUtc, TimeSpan.Zero)))];
    }

    public async Task<ChannelActivity> ChannelAsync(ChannelRef channel, DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var parameters = new { channel.Platform, ChannelId = channel.Id, Since = since.UtcTicks };
        var posts = await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT id FROM daily_posts WHERE platform = @Platform AND channel_id = @ChannelId AND posted_utc >= @Since ORDER BY posted_utc, id",
            parameters,
            cancellationToken: cancellationToken));
        var replies = await connection.QueryAsync<ReplyRow>(new CommandDefinition(
            """
            SELECT r.post_id AS PostId, r.user_id AS UserId, r.user_name AS UserName, r.score AS Score, r.replied_utc AS AtUtc, p.question_id AS QuestionId, r.missed AS Missed
            FROM daily_replies r JOIN daily_posts p ON p.id = r.post_id
            WHERE p.platform = @Platform AND p.channel_id = @ChannelId AND p.posted_utc >= @Since
            ORDER BY r.replied_utc
            """,
            parameters,
            cancellationToken: cancellationToken));
        return new ChannelActivity(
            [.. posts],
            [.. replies.Select(row => new ChannelReply(
                row.PostId,
                new ChatUser(row.UserId, row.UserName.Length == 0 ? row.UserId : row.UserName),
                (int)row.Score,
                new DateTimeOffset(row.AtUtc, TimeSpan.Zero),
                QuestionId.Parse(row.QuestionId),
                row.Missed is null ? null : System.Text.Json.JsonSerializer.Deserialize<string[]>(row.Missed)))]);
    }

    private sealed record AnswerRow(string QuestionId, long Score, long AtUtc);

    private sealed record ReplyRow(long PostId, string UserId, string UserName, long Score, long AtUtc, string QuestionId, string? Missed);
}
