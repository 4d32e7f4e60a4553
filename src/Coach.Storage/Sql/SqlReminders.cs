using Coach.Core.App;
using Coach.Core.Learning;
using Coach.Core.Ports;
using Dapper;

namespace Coach.Storage.Sql;

internal sealed class SqlReminders(ICoachDatabase database) : IReminders
{
    private const string Fields = "platform AS Platform, user_id AS UserId, direct_id AS DirectId, at_minute AS AtMinute, days AS Days, set_utc AS SetUtc";

    public async Task<Reminder?> FindAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            $"SELECT {Fields} FROM reminders WHERE platform = @Platform AND user_id = @UserId",
            new { Platform = platform, UserId = userId },
            cancellationToken: cancellationToken));
        return row?.ToReminder();
    }

    public async Task<IReadOnlyList<Reminder>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition($"SELECT {Fields} FROM reminders ORDER BY platform, user_id", cancellationToken: cancellationToken));
        return [.. rows.Select(row => row.ToReminder())];
    }

    public async Task SaveAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO reminders (platform, user_id, direct_id, at_minute, days, set_utc) VALUES (@Platform, @UserId, @DirectId, @AtMinute, @Days, @SetUtc)
            ON CONFLICT (platform, user_id) DO UPDATE SET direct_id = excluded.direct_id, at_minute = excluded.at_minute, days = excluded.days, set_utc = excluded.set_utc
            """,
            new
            {
                reminder.Direct.Platform,
                reminder.UserId,
                DirectId = reminder.Direct.Id,
                AtMinute = (long)(reminder.At.Hour * 60 + reminder.At.Minute),
                Days = reminder.Days.ToString(),
                SetUtc = reminder.SetAt.UtcTicks,
            },
            cancellationToken: cancellationToken));
    }

    public async Task<bool> ClearAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM reminders WHERE platform = @Platform AND user_id = @UserId",
            new { Platform = platform, UserId = userId },
            cancellationToken: cancellationToken)) > 0;
    }

    private sealed record Row(string Platform, string UserId, string DirectId, long AtMinute, string Days, long SetUtc)
    {
        public Reminder ToReminder() => new(
            new ChannelRef(Platform, DirectId, IsDirect: true),
            UserId,
            new TimeOnly((int)(AtMinute / 60), (int)(AtMinute % 60)),
            Enum.Parse<ReminderDays>(Days),
            new DateTimeOffset(SetUtc, TimeSpan.Zero));
    }
}
