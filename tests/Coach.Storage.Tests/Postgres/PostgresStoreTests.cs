using Coach.Storage.Postgres;
using Coach.Tests;
using Dapper;

namespace Coach.Storage.Tests.Postgres;

/// <summary>
/// The storage contract on a real PostgreSQL server (<see cref="PostgresServer"/>): each test gets
/// a database of its own, copied from one that was migrated once.
/// </summary>
[RequiresPostgres]
public sealed class PostgresStoreTests : StoreContractTests
{
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static string? TemplateName;

    private readonly List<PostgresDatabase> _opened = [];

    private protected override IReadOnlyList<Migrations.Migration> Schema => Coach.Storage.Postgres.PostgresSchema.Migrations;

    private protected override async Task<(ICoachDatabase Database, ICoachDatabase OtherReplica)> OpenAsync()
    {
        var server = await PostgresServer.GetAsync();
        var name = await server.CreateDatabaseAsync(await TemplateAsync(server));
        return (Open(server.ConnectionString(name)), Open(server.ConnectionString(name)));
    }

    [StoreFact]
    public async Task Replicas_starting_together_migrate_a_new_database_once()
    {
        var server = await PostgresServer.GetAsync();
        var connection = server.ConnectionString(await server.CreateDatabaseAsync());
        var replicas = Enumerable.Range(0, 4).Select(_ => Open(connection)).ToList();

        var applied = await Task.WhenAll(replicas.Select(replica => Task.Run(() => replica.MigrateAsync(CancellationToken.None))));

        applied.Where(versions => versions.Count > 0).ShouldHaveSingleItem().ShouldBe(Enumerable.Range(1, PostgresSchema.Migrations.Count));
        applied.Count(versions => versions.Count == 0).ShouldBe(3, "the others waited for the lock and found the schema current");
        await using var check = await replicas[0].OpenAsync(CancellationToken.None);
        (await check.QueryAsync<int>("SELECT version FROM schema_migrations ORDER BY version")).ShouldBe(Enumerable.Range(1, PostgresSchema.Migrations.Count));
    }

    [StoreFact]
    public async Task Migrating_again_applies_nothing_and_keeps_the_data()
    {
        var server = await PostgresServer.GetAsync();
        var database = Open(server.ConnectionString(await server.CreateDatabaseAsync(await TemplateAsync(server))));
        var claims = new Sql.SqlSlotClaims(database);
        (await claims.TryClaimAsync(new("test", "C1"), DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, TimeSpan.FromMinutes(2), CancellationToken.None)).ShouldBeTrue();

        (await database.MigrateAsync(CancellationToken.None)).ShouldBeEmpty();
        (await claims.TryClaimAsync(new("test", "C1"), DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, TimeSpan.FromMinutes(2), CancellationToken.None)).ShouldBeFalse();
    }

    public override async Task DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }
    }

    private PostgresDatabase Open(string connectionString)
    {
        var database = new PostgresDatabase(connectionString);
        _opened.Add(database);
        return database;
    }

    private static async Task<string> TemplateAsync(PostgresServer server)
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (TemplateName is null)
            {
                var name = await server.CreateDatabaseAsync();
                // Disposed before the copies are made: a template must have no open connections.
                await using (var database = new PostgresDatabase(server.ConnectionString(name)))
                {
                    await database.MigrateAsync(CancellationToken.None);
                }

                TemplateName = name;
            }

            return TemplateName;
        }
        finally
        {
            TemplateLock.Release();
        }
    }
}
