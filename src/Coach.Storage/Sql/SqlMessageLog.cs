using Coach.Core.Ports;
using Dapper;

namespace Coach.Storage.Sql;

internal sealed class SqlMessageLog(ICoachDatabase database) : IMessageLog
{
    private const string Columns = "id, platform, conversation, thread_id AS ThreadId, author, visible_to AS VisibleTo, body, at_utc AS AtUtc, edited_utc AS EditedUtc";

    public async Task<LoggedMessage> AppendAsync(LoggedMessage message, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO message_log (platform, conversation, thread_id, author, visible_to, body, at_utc)
            VALUES (@Platform, @Conversation, @Thread, @Author, @VisibleTo, @Body, @AtUtc)
            RETURNING id
            """,
            new { message.Platform, message.Conversation, message.Thread, message.Author, message.VisibleTo, message.Body, AtUtc = message.At.UtcTicks },
            cancellationToken: cancellationToken));
        return message with { Id = id, EditedAt = null };
    }

    public async Task<LoggedMessage?> EditAsync(string platform, long id, string body, DateTimeOffset editedAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"UPDATE message_log SET body = @Body, edited_utc = @EditedUtc WHERE platform = @Platform AND id = @Id RETURNING {Columns}",
            new { Platform = platform, Id = id, Body = body, EditedUtc = editedAt.UtcTicks },
            cancellationToken: cancellationToken));
        return row?.ToMessage();
    }

    public async Task<LoggedMessage?> FindAsync(string platform, long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM message_log WHERE platform = @Platform AND id = @Id",
            new { Platform = platform, Id = id },
            cancellationToken: cancellationToken));
        return row?.ToMessage();
    }

    public async Task<IReadOnlyList<LoggedMessage>> LatestAsync(string platform, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT * FROM (SELECT {Columns} FROM message_log WHERE platform = @Platform ORDER BY id DESC LIMIT @Limit) AS latest ORDER BY id",
            new { Platform = platform, Limit = limit },
            cancellationToken: cancellationToken));
        return [.. rows.Select(row => row.ToMessage())];
    }

    private sealed record Row(long Id, string Platform, string Conversation, long? ThreadId, string Author, string? VisibleTo, string Body, long AtUtc, long? EditedUtc)
    {
        public LoggedMessage ToMessage() => new(
            Id,
            Platform,
            Conversation,
            ThreadId,
            Author,
            VisibleTo,
            Body,
            new DateTimeOffset(AtUtc, TimeSpan.Zero),
            EditedUtc is { } edited ? new DateTimeOffset(edited, TimeSpan.Zero) : null);
    }
}
