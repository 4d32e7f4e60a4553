using Coach.Core.App;
using Coach.Core.Ports;
using Dapper;

namespace Coach.Storage.Sqlite;

internal sealed class SqliteSlotClaims(SqliteDatabase database) : ISlotClaims
{
    public async Task<bool> TryClaimAsync(ChannelRef channel, DateTimeOffset slot, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO slot_claims (platform, channel_id, slot_utc, claimed_utc) VALUES (@Platform, @Id, @Slot, @Now)
            ON CONFLICT DO NOTHING
            """,
            new { channel.Platform, channel.Id, Slot = slot.UtcTicks, Now = now.UtcTicks },
            cancellationToken: cancellationToken));
        return inserted == 1;
    }
}
