using System.Data.Common;
using Dapper;

namespace Coach.Storage.Migrations;

/// <summary>
/// Brings a database to the latest schema: each missing step runs in its own transaction together
/// with its row in <c>schema_migrations</c>, so a crash leaves either the whole step or none of it.
/// </summary>
internal static class MigrationRunner
{
    /// <returns>The versions applied now (none when the database was current).</returns>
    public static async Task<IReadOnlyList<int>> ApplyAsync(DbConnection connection, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_utc BIGINT NOT NULL)",
            cancellationToken: cancellationToken));
        var applied = (await connection.QueryAsync<int>(new CommandDefinition("SELECT version FROM schema_migrations", cancellationToken: cancellationToken))).ToHashSet();

        var now = new List<int>();
        foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_migrations (version, name, applied_utc) VALUES (@Version, @Name, @Now)",
                new { migration.Version, migration.Name, Now = DateTime.UtcNow.Ticks },
                transaction,
                cancellationToken: cancellationToken));
            await transaction.CommitAsync(cancellationToken);
            now.Add(migration.Version);
        }

        return now;
    }
}
