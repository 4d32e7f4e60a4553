using System.Net;
using Coach.Host;
using Coach.Tests;
using Microsoft.Extensions.Options;

namespace Coach.Teams.Tests;

/// <summary>How the service starts with Teams configured, without any test replacements.</summary>
public sealed class TeamsHostConfigurationTests
{
    [Fact]
    public async Task For_local_tools_coach_starts_without_credentials_and_answers_api_messages()
    {
        using var data = new TempFolder();
        var app = CoachWebApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--Coach:Content:Path", RepositoryPaths.Content,
            "--Coach:Storage:ConnectionString", $"Data Source={Path.Combine(data.Path, "coach.db")}",
            "--Coach:Teams:AppId", LoopbackIssuer.AppId,
            "--Coach:Teams:AllowUnauthenticated", "true",
        ]);
        await app.StartAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
            (await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/messages"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    [Fact]
    public void Without_credentials_or_a_tenant_coach_refuses_to_start_and_says_what_is_missing()
    {
        var refusal = RefusalToStart();

        refusal.ShouldContain("Coach:Teams:TenantId must be set");
        refusal.ShouldContain("AppPassword or ManagedIdentityClientId");
    }

    [Fact]
    public void An_attempt_timeout_of_zero_is_refused_at_start_up() =>
        RefusalToStart("--Coach:Teams:AllowUnauthenticated", "true", "--Coach:Teams:AttemptTimeout", "00:00:00")
            .ShouldContain("Coach:Teams:AttemptTimeout must be more than zero and at most a minute.");

    /// <summary>What Coach says when it will not start with Teams on and these settings besides.</summary>
    private static string RefusalToStart(params string[] teamsSettings)
    {
        using var data = new TempFolder();
        try
        {
            return Should.Throw<OptionsValidationException>(() => CoachWebApp.Build(
            [
                "--urls", "http://127.0.0.1:0",
                "--Coach:Content:Path", RepositoryPaths.Content,
                "--Coach:Storage:ConnectionString", $"Data Source={Path.Combine(data.Path, "coach.db")}",
                "--Coach:Teams:AppId", LoopbackIssuer.AppId,
                .. teamsSettings,
            ])).Message;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }
}
