namespace Coach.Storage;

/// <summary>Where Coach keeps its state: <c>Coach:Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Coach:Storage";

    /// <summary><c>Sqlite</c> (the default: one process, one file) or <c>Postgres</c> (several replicas sharing one database).</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>A Microsoft.Data.Sqlite or an Npgsql connection string; a PostgreSQL password belongs in an environment variable or user-secrets.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/coach.db";

    internal bool IsSqlite => string.Equals(Provider, "Sqlite", StringComparison.OrdinalIgnoreCase);

    internal bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase) || string.Equals(Provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase);

    /// <summary>The configured database; a relative SQLite file is taken from <paramref name="contentRoot"/>.</summary>
    internal ICoachDatabase Open(string contentRoot) =>
        IsPostgres ? new Postgres.PostgresDatabase(ConnectionString) : new Sqlite.SqliteDatabase(ConnectionString, contentRoot);
}
