using Coach.Core.Ports;
using Dapper;

namespace Coach.Storage.Sql;

internal sealed class SqlConversationAddresses(ICoachDatabase database) : IConversationAddresses
{
    public async Task SetAsync(string platform, string conversationId, string address, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO conversation_addresses (platform, conversation_id, address, updated_utc) VALUES (@Platform, @ConversationId, @Address, @At)
            ON CONFLICT (platform, conversation_id) DO UPDATE SET address = excluded.address, updated_utc = excluded.updated_utc
            """,
            new { Platform = platform, ConversationId = conversationId, Address = address, At = at.UtcTicks },
            cancellationToken: cancellationToken));
    }

    public async Task<string?> FindAsync(string platform, string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT address FROM conversation_addresses WHERE platform = @Platform AND conversation_id = @ConversationId",
            new { Platform = platform, ConversationId = conversationId },
            cancellationToken: cancellationToken));
    }
}
