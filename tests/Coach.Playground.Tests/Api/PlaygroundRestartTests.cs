using System.Net;
using System.Net.Http.Json;
using Coach.Core.App;
using Coach.Core.Ports;
using Coach.Playground.Chat;
using Coach.Tests;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Coach.Playground.Tests.Api;

/// <summary>A playground message the page was told was accepted is answered even when the process dies before answering it.</summary>
public sealed class PlaygroundRestartTests
{
    private static readonly ChatUser Alice = PlaygroundWorkspace.FindPerson("alice")!;

    [Fact]
    public async Task A_message_accepted_but_not_yet_answered_when_coach_dies_is_answered_once_by_the_next_start()
    {
        await using var host = new PlaygroundHost();
        await host.StartAsync();
        var direct = PlaygroundWorkspace.DirectWith(Alice);
        using (var client = new HttpClient { BaseAddress = host.Url })
        {
            (await client.PostAsJsonAsync(new Uri("/playground/messages", UriKind.Relative), new { user = Alice.Id, conversation = direct.Id, text = "mock 2" }))
                .StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        var database = $"Data Source={host.Database}";
        await Eventually.HoldsAsync(async () => await SaidAsync(database, "Question 1 of 2") == 1);

        // What SIGKILL leaves behind between "accepted" and "answered": the message logged, its turn
        // kept under its key by a replica that will never renew its lease.
        var feed = host.Services.GetRequiredService<PlaygroundFeed>();
        var skip = await feed.AppendAsync(direct.Id, null, Alice.Id, null, new PlaygroundBody("skip", null), CancellationToken.None);
        var key = $"message:{skip.Id}";
        var turn = PlaygroundInput.ToTurn(Alice, direct, skip, "skip") with { EventId = key };
        (await host.Services.GetRequiredService<ITurnInbox>().TryTakeAsync("playground", key, TurnJson.Write(turn), "killed-replica", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, CancellationToken.None))
            .ShouldBeTrue();
        await host.StopAsync();

        await using var restarted = await CoachProcess.StartAsync(database, "--Coach:Playground:Enabled", "true", "--Coach:Turns:Lease", "00:00:02");
        await Eventually.HoldsAsync(async () => await SaidAsync(database, "Question 2 of 2") == 1, () => restarted.Output);
        await using (var connection = new SqliteConnection(database))
        {
            await Eventually.HoldsAsync(async () => await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM processed_events WHERE turn IS NOT NULL") == 0);
        }

        (await SaidAsync(database, "Skipped. The model answer")).ShouldBe(1);
        (await SaidAsync(database, "Question 2 of 2")).ShouldBe(1);
        SqliteConnection.ClearAllPools();
    }

    /// <summary>How many of Coach's messages in Alice's direct conversation contain <paramref name="text"/>.</summary>
    private static async Task<long> SaidAsync(string database, string text)
    {
        await using var connection = new SqliteConnection(database);
        return await connection.ExecuteScalarAsync<long>(
            "SELECT count(*) FROM message_log WHERE conversation = 'dm-alice' AND author = @Coach AND instr(body, @Text) > 0",
            new { Coach = PlaygroundWorkspace.Coach.Id, Text = text });
    }
}
