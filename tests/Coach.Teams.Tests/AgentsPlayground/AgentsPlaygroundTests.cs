using Coach.Host;
using Coach.Tests;

namespace Coach.Teams.Tests.AgentsPlayground;

/// <summary>Coach against Microsoft's own local Teams client, the Agents Playground, on loopback only.</summary>
[Trait("Category", "AgentsPlayground")]
public sealed class AgentsPlaygroundTests
{
    [AgentsPlaygroundFact]
    public async Task Ask_in_the_personal_chat_brings_the_macie_answer_card_to_the_playground()
    {
        using var data = new TempFolder();
        var port = AgentsPlaygroundProcess.FreePort();
        var app = CoachWebApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--Coach:Content:Path", RepositoryPaths.Content,
            "--Coach:Storage:ConnectionString", $"Data Source={Path.Combine(data.Path, "coach.db")}",
            "--Coach:Teams:AppId", LoopbackIssuer.AppId,
            "--Coach:Teams:AllowUnauthenticated", "true",
            "--Coach:Teams:AllowedServiceUrls:0", $"http://localhost:{port}/_connector",
        ]);
        await app.StartAsync();
        try
        {
            await using var playground = await AgentsPlaygroundProcess.StartAsync(port, new Uri($"{app.Urls.Single()}/api/messages"), Path.Combine(data.Path, "playground.log"));
            var config = await playground.ConfigAsync();
            var personal = config.GetProperty("personalChat").GetProperty("id").GetString()!;
            var me = config.GetProperty("currentUser").GetProperty("id").GetString()!;

            await playground.SayAsync(personal, me, "ask what is macie");

            // The playground logs each call to its connector with the activity Coach sent and its own answer.
            await Eventually.HoldsAsync(() => playground.Log.Contains("Model answer: What is Macie?", StringComparison.Ordinal));
            playground.Log.ShouldContain("application/vnd.microsoft.card.adaptive");
            playground.Log.ShouldNotContain("\"statusCode\":4");
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }
}
