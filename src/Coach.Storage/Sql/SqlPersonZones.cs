using Coach.Core.Learning;
using Coach.Core.Ports;
using Dapper;

namespace Coach.Storage.Sql;

internal sealed class SqlPersonZones(ICoachDatabase database) : IPersonZones
{
    public async Task<PersonZone?> FindAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "SELECT zone AS Zone, checked_utc AS CheckedUtc FROM person_zones WHERE platform = @Platform AND user_id = @UserId",
            new { Platform = platform, UserId = userId },
            cancellationToken: cancellationToken));
        return row is null ? null : new PersonZone(row.Zone, new DateTimeOffset(row.CheckedUtc, TimeSpan.Zero));
    }

    public async Task SaveAsync(string platform, string userId, PersonZone zone, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO person_zones (platform, user_id, zone, checked_utc) VALUES (@Platform, @UserId, @Zone, @CheckedUtc)
            ON CONFLICT (platform, user_id) DO UPDATE SET zone = excluded.zone, checked_utc = excluded.checked_utc
            """,
            new { Platform = platform, UserId = userId, zone.Zone, CheckedUtc = zone.CheckedAt.UtcTicks },
            cancellationToken: cancellationToken));
    }

    private sealed record Row(string Zone, long CheckedUtc);
}
