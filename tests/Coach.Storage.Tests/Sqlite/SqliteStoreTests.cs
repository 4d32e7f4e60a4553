using Coach.Core.Ports;
using Coach.Storage.Sqlite;
using Coach.Tests;

namespace Coach.Storage.Tests.Sqlite;

/// <summary>The storage contract on a real SQLite file in a folder of the test's own.</summary>
public sealed class SqliteStoreTests : StoreContractTests, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly SqliteDatabase _database;

    public SqliteStoreTests()
    {
        _database = new SqliteDatabase("Data Source=data/coach.db", _folder.Path);
        _database.MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        var otherReplica = new SqliteDatabase($"Data Source={_database.File}", _folder.Path);
        (Channels, Claims, Events, Posts) =
            (new SqliteChannelStore(_database), new SqliteSlotClaims(_database), new SqliteProcessedEvents(_database), new SqliteDailyPostStore(_database));
        Log = new SqliteMessageLog(_database);
        Reviews = new SqliteReviewStore(_database);
        InterviewDates = new SqliteInterviewDates(_database);
        History = new SqliteAnswerHistory(_database);
        (OtherReplicaClaims, OtherReplicaPosts) = (new SqliteSlotClaims(otherReplica), new SqliteDailyPostStore(otherReplica));
    }

    protected override IChannelStore Channels { get; }

    protected override ISlotClaims Claims { get; }

    protected override IProcessedEvents Events { get; }

    protected override IDailyPostStore Posts { get; }

    protected override IMessageLog Log { get; }

    protected override IReviewStore Reviews { get; }

    protected override IInterviewDates InterviewDates { get; }

    protected override IAnswerHistory History { get; }

    protected override ISlotClaims OtherReplicaClaims { get; }

    protected override IDailyPostStore OtherReplicaPosts { get; }

    [Fact]
    public void The_database_file_and_its_folder_are_created_under_the_root()
    {
        File.Exists(Path.Combine(_folder.Path, "data", "coach.db")).ShouldBeTrue();
    }

    [Fact]
    public async Task Migrating_again_applies_nothing_and_keeps_the_data()
    {
        await Claims.TryClaimAsync(new("test", "C1"), DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, TimeSpan.FromMinutes(2), CancellationToken.None);

        (await _database.MigrateAsync(CancellationToken.None)).ShouldBeEmpty();
        (await Claims.TryClaimAsync(new("test", "C1"), DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, TimeSpan.FromMinutes(2), CancellationToken.None)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_new_database_gets_every_migration_in_order()
    {
        using var folder = new TempFolder();
        var fresh = new SqliteDatabase("Data Source=fresh.db", folder.Path);
        (await fresh.MigrateAsync(CancellationToken.None)).ShouldBe(Enumerable.Range(1, Migrations.SqliteSchema.Migrations.Count));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
