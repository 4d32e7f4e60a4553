using Coach.Core.App;
using Coach.Core.Ports;
using Dapper;

namespace Coach.Storage.Sql;

internal sealed class SqlSlotClaims(ICoachDatabase database) : ISlotClaims
{
    public async Task<bool> TryClaimAsync(ChannelRef channel, DateTimeOffset slot, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var claimed = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO slot_claims (platform, channel_id, slot_utc, claimed_utc) VALUES (@Platform, @Id, @Slot, @Now)
            ON CONFLICT (platform, channel_id, slot_utc) DO UPDATE SET claimed_utc = excluded.claimed_utc
            WHERE slot_claims.handled_utc IS NULL AND slot_claims.claimed_utc <= @Expired
            """,
            new { channel.Platform, channel.Id, Slot = slot.UtcTicks, Now = now.UtcTicks, Expired = (now - lease).UtcTicks },
            cancellationToken: cancellationToken));
        return claimed == 1;
    }

    public async Task MarkHandledAsync(ChannelRef channel, DateTimeOffset slot, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE slot_claims SET handled_utc = @Now WHERE platform = @Platform AND channel_id = @Id AND slot_utc = @Slot",
            new { channel.Platform, channel.Id, Slot = slot.UtcTicks, Now = now.UtcTicks },
            cancellationToken: cancellationToken));
    }

    public async Task<bool> IsHandledAsync(ChannelRef channel, DateTimeOffset slot, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM slot_claims WHERE platform = @Platform AND channel_id = @Id AND slot_utc = @Slot AND handled_utc IS NOT NULL",
            new { channel.Platform, channel.Id, Slot = slot.UtcTicks },
            cancellationToken: cancellationToken)) > 0;
    }
}
