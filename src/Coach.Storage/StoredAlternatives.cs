using Coach.Core.Reports;
using Coach.Storage.Postgres;
using Coach.Storage.Sql;
using Coach.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Coach.Storage;

/// <summary>The phrases admins accepted from appeals, read from the configured database for <c>coach validate</c>.</summary>
public static class StoredAlternatives
{
    /// <param name="contentRoot">What a relative SQLite file is taken from, as the service does.</param>
    /// <returns>The accepted phrases; null when the configured SQLite file does not exist yet (no service has run).</returns>
    public static async Task<IReadOnlyList<AcceptedAlternative>?> ReadAsync(IConfiguration configuration, string contentRoot, CancellationToken cancellationToken)
    {
        var options = new StorageOptions();
        configuration.GetSection(StorageOptions.Section).Bind(options);
        if (options.IsSqlite && new SqliteConnectionStringBuilder(options.ConnectionString).DataSource is { Length: > 0 } file && !File.Exists(Path.GetFullPath(file, contentRoot)))
        {
            return null;
        }

        ICoachDatabase database = options.IsPostgres ? new PostgresDatabase(options.ConnectionString) : new SqliteDatabase(options.ConnectionString, contentRoot);
        await database.MigrateAsync(cancellationToken);
        return await new SqlQuestionReports(database).AllAcceptedAsync(cancellationToken);
    }
}
