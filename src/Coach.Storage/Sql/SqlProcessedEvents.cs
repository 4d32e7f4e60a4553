using Coach.Core.Ports;
using Dapper;

namespace Coach.Storage.Sql;

internal sealed class SqlProcessedEvents(ICoachDatabase database) : IProcessedEvents
{
    public async Task<bool> TryMarkAsync(string platform, string eventId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO processed_events (platform, event_id, seen_utc) VALUES (@Platform, @EventId, @Now) ON CONFLICT DO NOTHING",
            new { Platform = platform, EventId = eventId, Now = now.UtcTicks },
            cancellationToken: cancellationToken));
        return inserted == 1;
    }

    public async Task<int> ForgetAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM processed_events WHERE seen_utc < @Before",
            new { Before = before.UtcTicks },
            cancellationToken: cancellationToken));
    }
}
