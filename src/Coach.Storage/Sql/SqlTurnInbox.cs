using Coach.Core.Ports;
using Dapper;

namespace Coach.Storage.Sql;

/// <summary>Kept turns live in <c>processed_events</c>, beside the mark that their event was taken.</summary>
internal sealed class SqlTurnInbox(ICoachDatabase database) : ITurnInbox
{
    public async Task<bool> TryTakeAsync(string platform, string eventId, string turn, string owner, DateTimeOffset seen, DateTimeOffset leaseFrom, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO processed_events (platform, event_id, seen_utc, turn, owner, lease_utc, attempts)
            VALUES (@Platform, @EventId, @Seen, @Turn, @Owner, @LeaseFrom, 0)
            ON CONFLICT DO NOTHING
            """,
            new { Platform = platform, EventId = eventId, Seen = seen.UtcTicks, Turn = turn, Owner = owner, LeaseFrom = leaseFrom.UtcTicks },
            cancellationToken: cancellationToken));
        return inserted == 1;
    }

    public async Task DoneAsync(string platform, string eventId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE processed_events SET turn = NULL, owner = NULL, lease_utc = NULL WHERE platform = @Platform AND event_id = @EventId",
            new { Platform = platform, EventId = eventId },
            cancellationToken: cancellationToken));
    }

    public async Task ReleaseAsync(string platform, string eventId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE processed_events SET owner = NULL, lease_utc = 0 WHERE platform = @Platform AND event_id = @EventId AND turn IS NOT NULL",
            new { Platform = platform, EventId = eventId },
            cancellationToken: cancellationToken));
    }

    public async Task<int> RenewAsync(string owner, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE processed_events SET lease_utc = @Now WHERE turn IS NOT NULL AND owner = @Owner",
            new { Owner = owner, Now = now.UtcTicks },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<KeptTurn>> ReclaimAsync(string owner, DateTimeOffset expiredBefore, DateTimeOffset now, int maxAttempts, CancellationToken cancellationToken)
    {
        // One statement: on PostgreSQL a second replica running it at the same moment waits for the
        // first's row locks, then finds those leases renewed and leaves them; SQLite runs one writer.
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<KeptTurn>(new CommandDefinition(
            """
            UPDATE processed_events SET owner = @Owner, lease_utc = @Now, attempts = attempts + 1
            WHERE turn IS NOT NULL AND lease_utc < @ExpiredBefore AND attempts < @MaxAttempts
            RETURNING platform AS Platform, event_id AS EventId, turn AS Turn
            """,
            new { Owner = owner, Now = now.UtcTicks, ExpiredBefore = expiredBefore.UtcTicks, MaxAttempts = maxAttempts },
            cancellationToken: cancellationToken));
        return [.. rows];
    }
}
