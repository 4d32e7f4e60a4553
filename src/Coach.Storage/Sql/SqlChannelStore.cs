using System.Globalization;
using System.Text.Json;
using Coach.Core.App;
using Coach.Core.Channels;
using Coach.Core.Ports;
using Coach.Core.Questions;
using Dapper;

namespace Coach.Storage.Sql;

internal sealed class SqlChannelStore(ICoachDatabase database) : IChannelStore
{
    private const string Columns = "platform, channel_id AS ChannelId, is_direct AS IsDirect, cron, time_zone AS TimeZone, topics, skip_dates AS SkipDates, paused, active_since_utc AS ActiveSinceUtc, added_by AS AddedBy, difficulty";

    public async Task<ChannelSettings?> FindAsync(ChannelRef channel, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM channels WHERE platform = @Platform AND channel_id = @Id",
            new { channel.Platform, channel.Id },
            cancellationToken: cancellationToken));
        return row?.ToSettings();
    }

    public async Task SaveAsync(ChannelSettings settings, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO channels (platform, channel_id, is_direct, cron, time_zone, topics, skip_dates, paused, active_since_utc, added_by, difficulty)
            VALUES (@Platform, @ChannelId, @IsDirect, @Cron, @TimeZone, @Topics, @SkipDates, @Paused, @ActiveSinceUtc, @AddedBy, @Difficulty)
            ON CONFLICT (platform, channel_id) DO UPDATE SET
                is_direct = excluded.is_direct, cron = excluded.cron, time_zone = excluded.time_zone,
                topics = excluded.topics, skip_dates = excluded.skip_dates, paused = excluded.paused,
                active_since_utc = excluded.active_since_utc, added_by = excluded.added_by, difficulty = excluded.difficulty
            """,
            Row.From(settings),
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<ChannelSettings>> ListActiveAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            $"SELECT {Columns} FROM channels WHERE paused = 0 ORDER BY platform, channel_id",
            cancellationToken: cancellationToken));
        return [.. rows.Select(row => row.ToSettings())];
    }

    // Integer columns come back as long (SQLite INTEGER, PostgreSQL BIGINT); Dapper matches the constructor by those types.
    private sealed record Row(string Platform, string ChannelId, long IsDirect, string Cron, string TimeZone, string Topics, string SkipDates, long Paused, long ActiveSinceUtc, string? AddedBy, string? Difficulty)
    {
        public static Row From(ChannelSettings settings) => new(
            settings.Channel.Platform,
            settings.Channel.Id,
            settings.Channel.IsDirect ? 1 : 0,
            settings.Cron,
            settings.TimeZone,
            JsonSerializer.Serialize(settings.Topics),
            string.Join(',', settings.SkipDates.Order().Select(date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            settings.Paused ? 1 : 0,
            settings.ActiveSince.UtcTicks,
            settings.AddedBy,
            settings.Difficulty?.Name());

        public ChannelSettings ToSettings() => new(
            new ChannelRef(Platform, ChannelId, IsDirect != 0),
            Cron,
            TimeZone,
            JsonSerializer.Deserialize<string[]>(Topics) ?? [],
            [.. SkipDates.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(date => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture))],
            Paused != 0,
            new DateTimeOffset(ActiveSinceUtc, TimeSpan.Zero),
            AddedBy,
            Difficulty is not null && Difficulties.TryParse(Difficulty, out var difficulty) ? difficulty : null);
    }
}
