using Coach.Host;
using Coach.Tests;
using Microsoft.AspNetCore.Builder;

namespace Coach.Playground.Tests;

/// <summary>
/// The real service on Kestrel at a free loopback port, with a copy of the decks and a SQLite file
/// of its own. Stopping and starting again keeps both, as a restart does.
/// </summary>
internal sealed class PlaygroundHost : IAsyncDisposable
{
    private readonly TempFolder _folder = new();
    private WebApplication? _app;

    public PlaygroundHost()
    {
        Content = Path.Combine(_folder.Path, "content");
        Directory.CreateDirectory(Content);
        foreach (var file in Directory.GetFiles(RepositoryPaths.Content))
        {
            File.Copy(file, Path.Combine(Content, Path.GetFileName(file)));
        }
    }

    public string Content { get; }

    public string Database => Path.Combine(_folder.Path, "coach.db");

    public Uri Url => new(_app?.Urls.Single() ?? throw new InvalidOperationException("The host is not running."));

    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The host is not running.");

    public async Task StartAsync()
    {
        _app = CoachWebApp.Build(
        [
            "--urls", "http://127.0.0.1:0",
            "--Coach:Content:Path", Content,
            "--Coach:Storage:ConnectionString", $"Data Source={Database}",
            "--Coach:Playground:Enabled", "true",
            // A slot nobody's test run meets, so that only /coach next posts questions.
            "--Coach:Schedule:Cron", "0 0 1 1 *",
        ]);
        await _app.StartAsync();
    }

    public async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
