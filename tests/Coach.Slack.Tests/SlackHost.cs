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

    private SlackHost(TempFolder data, WebApplication app)
    {
        _data = data;
        _app = app;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
    }

    public HttpClient Client { get; }

    /// <param name="slackSettings">Pairs of <c>Coach:Slack</c> keys and values, e.g. <c>SigningSecret</c> or <c>AppToken</c>.</param>
    public static async Task<SlackHost> StartAsync(FakeSlack slack, params string[] slackSettings)
    {
        var data = new TempFolder();
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            "--Coach:Content:Path", RepositoryPaths.Content,
            "--Coach:Storage:ConnectionString", $"Data Source={Path.Combine(data.Path, "coach.db")}",
            "--Coach:Schedule:Cron", "0 0 1 1 *",
            "--Coach:Slack:BotToken", FakeSlack.BotToken,
            "--Coach:Slack:ApiBaseUrl", slack.ApiBaseUrl.ToString(),
            .. slackSettings.Select((setting, i) => i % 2 == 0 ? $"--Coach:Slack:{setting}" : setting),
        ];
        var app = CoachWebApp.Build(args);
        await app.StartAsync();
        await Eventually.HoldsAsync(() => slack.Posted("auth.test").Count == 1);
        return new SlackHost(data, app);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
