using System.Data.Common;
using Coach.Storage.Migrations;
using Dapper;
using Npgsql;

namespace Coach.Storage.Postgres;

/// <summary>
/// Coach's PostgreSQL database, shared by every replica. Connections come from one pooled
/// <see cref="NpgsqlDataSource"/>; migrations run under a session advisory lock, so replicas
/// starting together migrate once and the others wait, then find nothing left to do.
/// </summary>
internal sealed class PostgresDatabase : ICoachDatabase, IAsyncDisposable
{
    // Any constant both replicas agree on; "coach" in ASCII, to be recognisable in pg_locks.
    private const long MigrationLock = 0x636F616368;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!builder.ContainsKey("Timeout"))
        {
            // Fail fast when the server is unreachable: Slack wants an answer within 3 s, and a
            // scheduler pass or a person waits better on a clear error than on Npgsql's 15 s default.
            builder.Timeout = ConnectTimeoutSeconds;
        }

        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        Location = $"postgres://{builder.Host}:{builder.Port}/{builder.Database}";
    }

    public const int ConnectTimeoutSeconds = 3;

    public string Location { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await _dataSource.OpenConnectionAsync(cancellationToken);

    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@Key)", new { Key = MigrationLock }, cancellationToken: cancellationToken));
        try
        {
            return await MigrationRunner.ApplyAsync(connection, PostgresSchema.Migrations, cancellationToken);
        }
        finally
        {
            // Closing the session would release it too; unlocking at once lets a waiting replica go on.
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@Key)", new { Key = MigrationLock }, cancellationToken: CancellationToken.None));
        }
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
