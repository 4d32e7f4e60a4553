using System.Diagnostics.CodeAnalysis;
using Coach.Storage.Sqlite;
using Coach.Tests;

namespace Coach.Storage.Tests.Sqlite;

/// <summary>The storage contract on a real SQLite file in a folder of the test's own.</summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes test classes through IAsyncLifetime.DisposeAsync.")]
public sealed class SqliteStoreTests : StoreContractTests
{
    private readonly TempFolder _folder = new();
    private SqliteDatabase _database = null!;

    private protected override IReadOnlyList<Migrations.Migration> Schema => Coach.Storage.Sqlite.SqliteSchema.Migrations;

    private protected override async Task<(ICoachDatabase Database, ICoachDatabase OtherReplica)> OpenAsync()
    {
        _database = new SqliteDatabase("Data Source=data/coach.db", _folder.Path);
        await _database.MigrateAsync(CancellationToken.None);
        return (_database, new SqliteDatabase($"Data Source={_database.File}", _folder.Path));
    }

    [StoreFact]
    public void The_database_file_and_its_folder_are_created_under_the_root()
    {
        File.Exists(Path.Combine(_folder.Path, "data", "coach.db")).ShouldBeTrue();
    }

    [StoreFact]
    public async Task Migrating_again_applies_nothing_and_keeps_the_data()
    {
        await Claims.TryClaimAsync(new("test", "C1"), DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, TimeSpan.FromMinutes(2), CancellationToken.None);

        (await _database.MigrateAsync(CancellationToken.None)).ShouldBeEmpty();
        (await Claims.TryClaimAsync(new("test", "C1"), DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, TimeSpan.FromMinutes(2), CancellationToken.None)).ShouldBeFalse();
    }

    [StoreFact]
    public async Task A_new_database_gets_every_migration_in_order()
    {
        using var folder = new TempFolder();
        var fresh = new SqliteDatabase("Data Source=fresh.db", folder.Path);
        (await fresh.MigrateAsync(CancellationToken.None)).ShouldBe(Enumerable.Range(1, SqliteSchema.Migrations.Count));
    }

    public override Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
