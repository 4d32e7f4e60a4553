using Coach.Core.Questions;
using Coach.Storage.Sql;
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

        var database = options.Open(contentRoot);
        try
        {
            await database.MigrateAsync(cancellationToken);
            return await new SqlQuestionReports(database).AllAcceptedAsync(cancellationToken);
        }
        finally
        {
            // A PostgreSQL data source holds a pool of connections; a SQLite file holds nothing.
            if (database is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync();
            }
        }
    }
}
