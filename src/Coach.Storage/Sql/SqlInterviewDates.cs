using System.Globalization;
using Coach.Core.Learning;
using Coach.Core.Ports;
using Dapper;

namespace Coach.Storage.Sql;

internal sealed class SqlInterviewDates(ICoachDatabase database) : IInterviewDates
{
    public async Task<InterviewDate?> FindAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(
            "SELECT date AS Date, set_utc AS SetUtc FROM interview_dates WHERE platform = @Platform AND user_id = @UserId",
            new { Platform = platform, UserId = userId },
            cancellationToken: cancellationToken));
        return row is null
            ? null
            : new InterviewDate(DateOnly.ParseExact(row.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture), new DateTimeOffset(row.SetUtc, TimeSpan.Zero));
    }

    public async Task SaveAsync(string platform, string userId, InterviewDate interview, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO interview_dates (platform, user_id, date, set_utc) VALUES (@Platform, @UserId, @Date, @SetUtc)
            ON CONFLICT (platform, user_id) DO UPDATE SET date = excluded.date, set_utc = excluded.set_utc
            """,
            new { Platform = platform, UserId = userId, Date = interview.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), SetUtc = interview.SetAt.UtcTicks },
            cancellationToken: cancellationToken));
    }

    public async Task ClearAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM interview_dates WHERE platform = @Platform AND user_id = @UserId",
            new { Platform = platform, UserId = userId },
            cancellationToken: cancellationToken));
    }

    private sealed record Row(string Date, long SetUtc);
}
