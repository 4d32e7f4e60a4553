using System.Data.Common;

namespace Coach.Storage;

/// <summary>
/// The database Coach's stores talk to. The stores' SQL is written once for both providers
/// (upserts with <c>ON CONFLICT</c>, <c>RETURNING</c>, times as UTC ticks in 64-bit integers);
/// what differs is how connections open and the schema's DDL.
/// </summary>
internal interface ICoachDatabase
{
    /// <summary>Where the data lives, for logs: a file or a host and database, never a password.</summary>
    string Location { get; }

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <returns>The schema versions applied now (none when the database was current).</returns>
    Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken);
}
