using System.Data.Common;
using Coach.Storage.Migrations;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Coach.Storage.Sqlite;

/// <summary>
/// Opens connections to Coach's SQLite file. Write-ahead logging lets the scheduler write while
/// requests read; Microsoft.Data.Sqlite retries a busy database for the command timeout, so two
/// processes on one file wait for each other instead of failing.
/// </summary>
internal sealed class SqliteDatabase : ICoachDatabase
{
    private readonly string _connectionString;

    /// <param name="connectionString">A Microsoft.Data.Sqlite connection string; a relative file is taken from <paramref name="root"/>.</param>
    public SqliteDatabase(string connectionString, string root)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(file, root);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        _connectionString = builder.ToString();
        File = builder.DataSource;
    }

    public string File { get; }

    public string Location => File;

    async Task<DbConnection> ICoachDatabase.OpenAsync(CancellationToken cancellationToken) => await OpenAsync(cancellationToken);

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA foreign_keys = ON", cancellationToken: cancellationToken));
        return connection;
    }

    /// <returns>The schema versions applied now.</returns>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("PRAGMA journal_mode = WAL", cancellationToken: cancellationToken));
        return await MigrationRunner.ApplyAsync(connection, SqliteSchema.Migrations, cancellationToken);
    }
}
