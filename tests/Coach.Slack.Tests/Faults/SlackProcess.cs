using Coach.Tests;

namespace Coach.Slack.Tests.Faults;

/// <summary>Coach as its own process (<see cref="CoachProcess"/>), speaking to <see cref="FakeSlack"/>.</summary>
internal static class SlackProcess
{
    public static Task<CoachProcess> StartAsync(FakeSlack slack, string database, params string[] settings) =>
        CoachProcess.StartAsync(database,
        [
            "--Coach:Slack:BotToken", FakeSlack.BotToken,
            "--Coach:Slack:ApiBaseUrl", slack.ApiBaseUrl.ToString(),
            "--Coach:Slack:SigningSecret", Operations.SignedRequests.Secret,
            "--Coach:Slack:AttemptTimeout", TestAttemptTimeout.Value,
            .. settings,
        ]);
}
