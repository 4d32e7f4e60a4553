using Coach.Core.App;
using Coach.Core.Learning;
using Coach.Core.Ports;
using Dapper;

namespace Coach.Storage.Sql;

internal sealed class SqlDashboards(ICoachDatabase database) : IDashboards
{
    public async Task<DashboardPlace?> FindAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "SELECT direct_id AS DirectId, card_id AS CardId FROM dashboards WHERE platform = @Platform AND user_id = @UserId",
            new { Platform = platform, UserId = userId },
            cancellationToken: cancellationToken));
        return row is null ? null : new DashboardPlace(new ChannelRef(platform, row.DirectId, IsDirect: true), row.CardId is null ? null : new MessageRef(row.CardId));
    }

    public async Task SaveAsync(string platform, string userId, DashboardPlace place, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO dashboards (platform, user_id, direct_id, card_id) VALUES (@Platform, @UserId, @DirectId, @CardId)
            ON CONFLICT (platform, user_id) DO UPDATE SET direct_id = excluded.direct_id, card_id = excluded.card_id
            """,
            new { Platform = platform, UserId = userId, DirectId = place.Direct.Id, CardId = place.Card?.Id },
            cancellationToken: cancellationToken));
    }

    private sealed record Row(string DirectId, string? CardId);
}
