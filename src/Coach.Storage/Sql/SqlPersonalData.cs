using System.Text.Json;
using Coach.Core.Ports;
using Dapper;

namespace Coach.Storage.Sql;

/// <summary>A person's rows across every table, found by platform and user id; the same SQL on SQLite and PostgreSQL.</summary>
internal sealed class SqlPersonalData(ICoachDatabase database) : IPersonalData
{
    public async Task<ForgottenData> ForgetAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var person = new
        {
            Platform = platform,
            UserId = userId,
            Direct = $"dm-{userId}",
            // A kept turn is JSON naming the person as a string; LIKE's wildcards in an id are taken literally.
            InTurn = "%" + JsonSerializer.Serialize(userId).Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%",
        };

        Task<int> Run(string sql) => connection.ExecuteAsync(new CommandDefinition(sql, person, transaction, cancellationToken: cancellationToken));

        var answers = await Run("DELETE FROM interview_answers WHERE session_id IN (SELECT id FROM interview_sessions WHERE platform = @Platform AND user_id = @UserId)");
        var sessions = await Run("DELETE FROM interview_sessions WHERE platform = @Platform AND user_id = @UserId");
        var reviews = await Run("DELETE FROM review_states WHERE platform = @Platform AND user_id = @UserId");
        var dates = await Run("DELETE FROM interview_dates WHERE platform = @Platform AND user_id = @UserId");
        var replies = await Run("DELETE FROM daily_replies WHERE user_id = @UserId AND post_id IN (SELECT id FROM daily_posts WHERE platform = @Platform)");
        await Run("DELETE FROM hidden_from_boards WHERE platform = @Platform AND user_id = @UserId");
        // The days a reminder was sent are claimed under their direct conversation, which may not name them.
        await Run("DELETE FROM slot_claims WHERE platform = @Platform AND channel_id IN (SELECT direct_id FROM reminders WHERE platform = @Platform AND user_id = @UserId)");
        var routine = await Run("DELETE FROM person_zones WHERE platform = @Platform AND user_id = @UserId")
            + await Run("DELETE FROM reminders WHERE platform = @Platform AND user_id = @UserId")
            + await Run("DELETE FROM away_periods WHERE platform = @Platform AND user_id = @UserId")
            + await Run("DELETE FROM dashboards WHERE platform = @Platform AND user_id = @UserId");

        // Their reports go; words an admin accepted into the bank stay, no longer theirs.
        await Run("DELETE FROM question_reports WHERE platform = @Platform AND user_id = @UserId AND status <> 'accepted'");
        await Run("UPDATE question_reports SET user_id = '' WHERE platform = @Platform AND user_id = @UserId");
        await Run("UPDATE channels SET added_by = NULL WHERE platform = @Platform AND added_by = @UserId");
        await Run(@"UPDATE processed_events SET turn = NULL, owner = NULL, lease_utc = NULL WHERE platform = @Platform AND turn LIKE @InTurn ESCAPE '\'");

        // The playground's own history: what they wrote, what was shown to them alone, their direct conversation.
        const string Theirs = "platform = @Platform AND (author = @UserId OR visible_to = @UserId OR conversation = @Direct)";
        await Run($"UPDATE message_log SET thread_id = NULL WHERE thread_id IN (SELECT id FROM message_log WHERE {Theirs})");
        var messages = await Run($"DELETE FROM message_log WHERE {Theirs}");

        await transaction.CommitAsync(cancellationToken);
        return new ForgottenData(sessions, answers, reviews, dates, replies, messages, routine);
    }

    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var cutoff = new { Before = before.UtcTicks };
        return await connection.ExecuteAsync(new CommandDefinition("DELETE FROM daily_replies WHERE replied_utc < @Before", cutoff, cancellationToken: cancellationToken))
            + await connection.ExecuteAsync(new CommandDefinition("DELETE FROM interview_answers WHERE answered_utc < @Before", cutoff, cancellationToken: cancellationToken));
    }

    public async Task SetHiddenFromBoardsAsync(string platform, string userId, bool hidden, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            hidden
                ? "INSERT INTO hidden_from_boards (platform, user_id) VALUES (@Platform, @UserId) ON CONFLICT DO NOTHING"
                : "DELETE FROM hidden_from_boards WHERE platform = @Platform AND user_id = @UserId",
            new { Platform = platform, UserId = userId },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlySet<string>> HiddenFromBoardsAsync(string platform, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT user_id FROM hidden_from_boards WHERE platform = @Platform", new { Platform = platform }, cancellationToken: cancellationToken));
        return ids.ToHashSet(StringComparer.Ordinal);
    }
}
