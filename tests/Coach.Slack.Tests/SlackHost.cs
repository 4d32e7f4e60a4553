using Coach.Host;
using Coach.Tests;
using Microsoft.AspNetCore.Builder;

namespace Coach.Slack.Tests;

/// <summary>
/// Coach on Kestrel (127.0.0.1, a free port) with a SQLite file of its own, the repository's
/// deck and Slack pointed at a <see cref="FakeSlack"/>; started once Coach knows who it is in the workspace.
/// </summary>
internal sealed class SlackHost : IAsyncDisposable
{
    private readonly TempFolder _data;
    private readonly WebApplication _app;
    private int _disposed;

    private SlackHost(TempFolder data, WebApplication app)
    {
        _data = data;
        _app = app;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <param name="slackSettings">Pairs of <c>Coach:Slack</c> keys and values, e.g. <c>SigningSecret</c> or <c>AppToken</c>.</param>
    public static Task<SlackHost> StartAsync(FakeSlack slack, params string[] slackSettings) => StartAsync(slack, new SlackHostSetup(), slackSettings);

    /// <summary>A replica of a shared deployment: on PostgreSQL, with its own services replaced where a test needs (a clock).</summary>
    public static Task<SlackHost> StartAsync(FakeSlack slack, SlackHostSetup setup, params string[] slackSettings) =>
        StartAsync(slack, setup, waitForSlack: true, slackSettings);

    /// <summary>Started without waiting for Slack to answer <c>auth.test</c>, for a Slack that is failing.</summary>
    public static Task<SlackHost> StartUnverifiedAsync(FakeSlack slack, params string[] slackSettings) =>
        StartAsync(slack, new SlackHostSetup(), waitForSlack: false, slackSettings);

    private static async Task<SlackHost> StartAsync(FakeSlack slack, SlackHostSetup setup, bool waitForSlack, string[] slackSettings)
    {
        var data = new TempFolder();
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--Coach:Content:Path", RepositoryPaths.Content,
            .. setup.Postgres is { } postgres
                ? new[] { "--Coach:Storage:Provider", "Postgres", "--Coach:Storage:ConnectionString", postgres }
                : ["--Coach:Storage:ConnectionString", $"Data Source={Path.Combine(data.Path, "coach.db")}"],
            "--Coach:Schedule:Cron", "0 0 1 1 *",
            "--Coach:Slack:BotToken", FakeSlack.BotToken,
            "--Coach:Slack:ApiBaseUrl", slack.ApiBaseUrl.ToString(),
            "--Coach:Slack:AttemptTimeout", TestAttemptTimeout.Value,
            .. slackSettings.Select((setting, i) => i % 2 == 0 ? $"--Coach:Slack:{setting}" : setting),
            .. setup.Settings,
        ];
        var app = CoachWebApp.Build(args, setup.Replace);
        var introduced = slack.Posted("auth.test").Count;
        await app.StartAsync();
        if (waitForSlack)
        {
            await Eventually.HoldsAsync(() => slack.Posted("auth.test").Count > introduced);
        }

        return new SlackHost(data, app);
    }

    /// <summary>Stops the host (letting its background work finish) and deletes its data; again, does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}

/// <summary>How a <see cref="SlackHost"/> differs from the default one: shared PostgreSQL storage, more settings, replaced services.</summary>
internal sealed record SlackHostSetup(string? Postgres = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? Replace = null, params string[] Settings)
{
    /// <summary>
    /// Takes out the clock-driven services (the scheduler's, housekeeping's), for a test that runs the passes itself
    /// on a fake clock: a timer would fire whenever that clock jumps, racing the test's own passes.
    /// </summary>
    public static void WithoutSchedulerTimer(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
    {
        foreach (var timer in services.Where(descriptor => descriptor.ImplementationType?.BaseType?.Name == "PeriodicService").ToList())
        {
            services.Remove(timer);
        }
    }
}
