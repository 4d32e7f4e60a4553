using Coach.Core.App;
using Coach.Core.Channels;
using Coach.Core.Ports;
using Coach.Core.Questions;
using Dapper;

namespace Coach.Storage.Sql;

internal sealed class SqlDailyPostStore(ICoachDatabase database) : IDailyPostStore
{
    private const string Columns =
        "id, platform, channel_id AS ChannelId, is_direct AS IsDirect, thread_ref AS ThreadRef, question_id AS QuestionId, cycle, posted_utc AS PostedUtc, revealed_utc AS RevealedUtc";

    public async Task<int> CurrentCycleAsync(ChannelRef channel, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT COALESCE(MAX(cycle), 0) FROM daily_posts WHERE platform = @Platform AND channel_id = @Id",
            new { channel.Platform, channel.Id },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlySet<QuestionId>> AskedInCycleAsync(ChannelRef channel, int cycle, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT question_id FROM daily_posts WHERE platform = @Platform AND channel_id = @Id AND cycle = @Cycle",
            new { channel.Platform, channel.Id, Cycle = cycle },
            cancellationToken: cancellationToken));
        return ids.Select(QuestionId.Parse).ToHashSet();
    }

    public async Task<DailyPost> RecordAsync(ChannelRef channel, MessageRef thread, QuestionId question, int cycle, DateTimeOffset postedAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO daily_posts (platform, channel_id, is_direct, thread_ref, question_id, cycle, posted_utc)
            VALUES (@Platform, @Id, @IsDirect, @Thread, @Question, @Cycle, @Posted)
            RETURNING id
            """,
            new { channel.Platform, channel.Id, IsDirect = channel.IsDirect ? 1 : 0, Thread = thread.Id, Question = question.ToString(), Cycle = cycle, Posted = postedAt.UtcTicks },
            cancellationToken: cancellationToken));
        return new DailyPost(id, channel, thread, question, cycle, postedAt, null);
    }

    public async Task<DailyPost?> FindByThreadAsync(ChannelRef channel, MessageRef thread, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM daily_posts WHERE platform = @Platform AND channel_id = @Id AND thread_ref = @Thread",
            new { channel.Platform, channel.Id, Thread = thread.Id },
            cancellationToken: cancellationToken));
        return row?.ToPost();
    }

    public async Task<bool> TryMarkRevealedAsync(long postId, string? by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE daily_posts SET revealed_utc = COALESCE(revealed_utc, @At), revealed_by = COALESCE(revealed_by, @By)
            WHERE id = @Id AND (revealed_utc IS NULL OR (revealed_by IS NOT NULL AND revealed_by = @By))
            """,
            new { Id = postId, At = at.UtcTicks, By = by },
            cancellationToken: cancellationToken));
        return updated == 1;
    }

    public async Task<IReadOnlyList<DailyPost>> ListUnrevealedAsync(DateTimeOffset postedBefore, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM daily_posts WHERE revealed_utc IS NULL AND posted_utc < @Before ORDER BY posted_utc",
            new { Before = postedBefore.UtcTicks },
            cancellationToken: cancellationToken));
        return [.. rows.Select(row => row.ToPost())];
    }

    public async Task RecordReplyAsync(long postId, ChatUser replier, string text, int score, IReadOnlyList<string> missed, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO daily_replies (post_id, user_id, user_name, text, score, missed, replied_utc) VALUES (@PostId, @UserId, @UserName, @Text, @Score, @Missed, @At)",
            new { PostId = postId, UserId = replier.Id, UserName = replier.Name, Text = text, Score = score, Missed = System.Text.Json.JsonSerializer.Serialize(missed), At = at.UtcTicks },
            cancellationToken: cancellationToken));
    }

    // Integer columns come back as long (SQLite INTEGER, PostgreSQL BIGINT); Dapper matches the constructor by those types.
    private sealed record Row(long Id, string Platform, string ChannelId, long IsDirect, string ThreadRef, string QuestionId, long Cycle, long PostedUtc, long? RevealedUtc)
    {
        public DailyPost ToPost() => new(
            Id,
            new ChannelRef(Platform, ChannelId, IsDirect != 0),
            new MessageRef(ThreadRef),
            Core.Questions.QuestionId.Parse(QuestionId),
            (int)Cycle,
            new DateTimeOffset(PostedUtc, TimeSpan.Zero),
            RevealedUtc is { } revealed ? new DateTimeOffset(revealed, TimeSpan.Zero) : null);
    }
}
