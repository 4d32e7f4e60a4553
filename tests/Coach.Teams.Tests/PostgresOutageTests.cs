using System.Net;
using System.Text.Json.Nodes;
using Coach.Core.App;
using Coach.Tests;

namespace Coach.Teams.Tests;

/// <summary>
/// PostgreSQL goes away under Coach in Teams. Teams does not promise to deliver an activity again,
/// so nothing is refused: what needs no storage still answers, the rest tells the person to try
/// again, and once the server is back the same request works.
/// </summary>
public sealed class PostgresOutageTests
{
    [PostgresFact]
    public async Task While_postgres_is_down_ask_still_answers_and_a_mock_interview_says_try_again_until_it_is_back()
    {
        var server = await PostgresServer.StartNewAsync();
        var database = server.ConnectionString(await server.CreateDatabaseAsync());
        await using var rig = await TeamsRig.StartAsync("--Coach:Storage:Provider", "Postgres", "--Coach:Storage:ConnectionString", database);

        await server.StopAsync();
        try
        {
            await SendAsync(rig, Activities.Personal("ask what is macie", rig.ServiceUrl));
            await Eventually.HoldsAsync(() => rig.Connector.Calls.Count == 1);
            Said(rig, 0).ShouldContain("Model answer: What is Macie?", customMessage: "search needs no database");

            await SendAsync(rig, Activities.Personal("mock 2", rig.ServiceUrl));
            await Eventually.HoldsAsync(() => rig.Connector.Calls.Count == 2);
            Said(rig, 1).ShouldContain(CoachApp.Apology);
        }
        finally
        {
            await server.StartAsync();
        }

        await SendAsync(rig, Activities.Personal("mock 2", rig.ServiceUrl));

        await Eventually.HoldsAsync(() => rig.Connector.Calls.Count == 3, () => string.Join('\n', rig.Connector.Calls.Select(call => call.Body.ToJsonString())));
        Said(rig, 2).ShouldContain("Question 1 of 2");
        rig.Connector.Calls.ShouldAllBe(call => call.Path == $"/v3/conversations/{Activities.PersonalConversation}/activities");
    }

    private static async Task SendAsync(TeamsRig rig, JsonObject activity) =>
        (await rig.SendAsync(activity)).StatusCode.ShouldBe(HttpStatusCode.OK);

    private static string Said(TeamsRig rig, int call) => rig.Connector.Calls[call].Body.ToJsonString();
}
