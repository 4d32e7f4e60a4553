using System.Data.Common;
using System.Globalization;
using Coach.Core.Learning;
using Coach.Core.Ports;
using Dapper;

namespace Coach.Storage.Sql;

/// <summary>Days as <c>yyyy-MM-dd</c> text, which sorts and compares as dates on both providers.</summary>
internal sealed class SqlAwayPeriods(ICoachDatabase database) : IAwayPeriods
{
    public async Task<IReadOnlyList<AwayPeriod>> ListAsync(string platform, string userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            "SELECT first_day AS FirstDay, last_day AS LastDay FROM away_periods WHERE platform = @Platform AND user_id = @UserId ORDER BY first_day",
            new { Platform = platform, UserId = userId },
            cancellationToken: cancellationToken));
        return [.. rows.Select(row => new AwayPeriod(Day(row.FirstDay), Day(row.LastDay)))];
    }

    public async Task AddAsync(string platform, string userId, AwayPeriod period, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await InsertAsync(connection, null, platform, userId, period, cancellationToken);
    }

    public async Task EndAsync(string platform, string userId, DateOnly today, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await EndAsync(connection, transaction, platform, userId, today, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task StartAsync(string platform, string userId, AwayPeriod period, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await EndAsync(connection, transaction, platform, userId, period.First, cancellationToken);
        await InsertAsync(connection, transaction, platform, userId, period, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static Task<int> InsertAsync(DbConnection connection, DbTransaction? transaction, string platform, string userId, AwayPeriod period, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO away_periods (platform, user_id, first_day, last_day) VALUES (@Platform, @UserId, @First, @Last)",
            new { Platform = platform, UserId = userId, First = Text(period.First), Last = Text(period.Last) },
            transaction,
            cancellationToken: cancellationToken));

    private static async Task EndAsync(DbConnection connection, DbTransaction transaction, string platform, string userId, DateOnly today, CancellationToken cancellationToken)
    {
        var person = new { Platform = platform, UserId = userId, Today = Text(today), Yesterday = Text(today.AddDays(-1)) };
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM away_periods WHERE platform = @Platform AND user_id = @UserId AND first_day >= @Today", person, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE away_periods SET last_day = @Yesterday WHERE platform = @Platform AND user_id = @UserId AND last_day >= @Today", person, transaction, cancellationToken: cancellationToken));
    }

    private static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record Row(string FirstDay, string LastDay);
}
