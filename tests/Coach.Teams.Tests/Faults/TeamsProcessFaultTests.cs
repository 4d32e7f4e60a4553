using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Coach.Tests;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Coach.Teams.Tests.Faults;

/// <summary>Coach for Teams killed outright, as a real process: a card submit Teams was told "ok" about is not lost.</summary>
public sealed class TeamsProcessFaultTests
{
    [Fact]
    public async Task A_skip_press_acknowledged_but_not_yet_answered_when_coach_is_killed_is_answered_once_after_a_restart()
    {
        using var data = new TempFolder();
        var database = $"Data Source={Path.Combine(data.Path, "coach.db")}";
        await using var connector = await FakeConnector.StartAsync(requireToken: false);
        var serviceUrl = connector.ServiceUrl.ToString();

        var killed = await StartAsync(database, connector);
        try
        {
            (await SendAsync(killed, Activities.Personal("mock 2", serviceUrl))).ShouldBe(HttpStatusCode.OK);
            await Eventually.HoldsAsync(() => connector.Calls.Count == 1, () => killed.Output);
            var skip = connector.Calls[0].Body["attachments"]![0]!["content"]!["actions"]!.AsArray()
                .Single(action => (string?)action!["title"] == "Skip")!["data"]!.AsObject();

            connector.FailNext(FakeConnector.Hang);
            (await SendAsync(killed, Activities.Submit(Activities.Personal("", serviceUrl), "activity-1", (string)skip["action"]!, (string)skip["value"]!)))
                .ShouldBe(HttpStatusCode.OK);
            await Eventually.HoldsAsync(() => connector.Hanging == 1, () => killed.Output);
        }
        finally
        {
            await killed.KillAsync();
        }

        await using var restarted = await StartAsync(database, connector);
        await Eventually.HoldsAsync(() => Said(connector, "Question 2 of 2") == 1, () => restarted.Output + string.Join("\n", connector.Calls.Select(c => c.Path + " " + c.Body.ToJsonString())));
        await using (var connection = new SqliteConnection(database))
        {
            await Eventually.HoldsAsync(async () => await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM processed_events WHERE turn IS NOT NULL") == 0);
            (await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM interview_answers")).ShouldBe(1, "the skipped question, once");
        }

        SqliteConnection.ClearAllPools();
        Said(connector, "Question 2 of 2").ShouldBe(1);
        Said(connector, "Skipped. The model answer").ShouldBe(1);
    }

    private static int Said(FakeConnector connector, string text) =>
        connector.Calls.Count(call => call.Body.ToJsonString().Contains(text, StringComparison.Ordinal));

    /// <summary>Coach for Teams in local-tools mode (no token to check or send), talking to the fake connector.</summary>
    private static Task<CoachProcess> StartAsync(string database, FakeConnector connector) => CoachProcess.StartAsync(
        database,
        "--Coach:Teams:AppId", LoopbackIssuer.AppId,
        "--Coach:Teams:AllowUnauthenticated", "true",
        "--Coach:Teams:AllowedServiceUrls:0", connector.ServiceUrl.ToString(),
        "--Coach:Teams:AttemptTimeout", TestAttemptTimeout.Value,
        "--Coach:Turns:Lease", "00:00:02");

    private static async Task<HttpStatusCode> SendAsync(CoachProcess coach, JsonObject activity) =>
        (await coach.Client.PostAsJsonAsync(new Uri("/api/messages", UriKind.Relative), activity)).StatusCode;
}
