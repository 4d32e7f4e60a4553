using System.Net;
using System.Net.Http.Json;
using Coach.Core.App;
using Coach.Tests;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Coach.Host.Tests.Health;

/// <summary>The real service on Kestrel, on a free loopback port.</summary>
public sealed class HealthEndpointTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _data = new();
    private WebApplication? _app;

    public async Task InitializeAsync()
    {
        _app = CoachWebApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--Coach:Content:Path", RepositoryPaths.Content,
            "--Coach:Storage:ConnectionString", $"Data Source={Path.Combine(_data.Path, "coach.db")}",
        ]);
        await _app.StartAsync();
    }

    [Fact]
    public async Task Healthz_answers_ok_with_the_number_of_questions_served()
    {
        using var client = new HttpClient { BaseAddress = new Uri(_app!.Urls.Single()) };

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var health = await response.Content.ReadFromJsonAsync<HealthBody>();
        var shipped = await Coach.QuestionBank.Content.ContentReader.ReadAsync(RepositoryPaths.Content, CancellationToken.None);
        health.ShouldBe(new HealthBody("ok", shipped.Decks.Sum(deck => deck.Questions.Count)));
    }

    /// <summary>The .NET default is 30 s; the deployment files promise 40 s before they kill, and the host must end its drain inside that.</summary>
    [Fact]
    public void Stopping_may_take_35_seconds_inside_the_40_the_deployment_files_give()
    {
        _app!.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HostOptions>>().Value.ShutdownTimeout.ShouldBe(TimeSpan.FromSeconds(35));

        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "infra", "k8s", "deployment.yaml")).ShouldContain("terminationGracePeriodSeconds: 40");
        File.ReadAllText(Path.Combine(RepositoryPaths.Root, "infra", "compose.yaml")).ShouldContain("stop_grace_period: 40s");
    }

    [Fact]
    public async Task An_unknown_path_is_404()
    {
        using var client = new HttpClient { BaseAddress = new Uri(_app!.Urls.Single()) };
        (await client.GetAsync(new Uri("/nope", UriKind.Relative))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public void The_coaching_engine_and_its_routes_are_wired()
    {
        _app!.Services.GetRequiredService<CoachApp>().ShouldNotBeNull();
    }

    [Fact]
    public void Storage_is_created_and_migrated_at_start_up()
    {
        File.Exists(Path.Combine(_data.Path, "coach.db")).ShouldBeTrue();
    }

    public async Task DisposeAsync()
    {
        await _app!.StopAsync();
        await _app.DisposeAsync();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }

    private sealed record HealthBody(string Status, int Questions);
}
