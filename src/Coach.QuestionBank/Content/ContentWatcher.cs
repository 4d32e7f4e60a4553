using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coach.QuestionBank.Content;

/// <summary>
/// Loads the content folder before the host starts serving, then re-reads it whenever a deck or
/// the synonym file changes. Editors save in bursts (temp file, rename, touch), so changes are
/// gathered for a moment and applied once.
/// </summary>
internal sealed partial class ContentWatcher(
    LiveQuestionBank bank,
    IOptions<ContentOptions> options,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<ContentWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(300);
    private readonly SemaphoreSlim _changed = new(0);
    private FileSystemWatcher? _watcher;

    private string Folder => Path.GetFullPath(options.Value.Path, environment.ContentRootPath);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(Folder))
        {
            // Watch before the first read, so that an edit made while reading is not missed.
            _watcher = new FileSystemWatcher(Folder);
            _watcher.Changed += (_, _) => _changed.Release();
            _watcher.Created += (_, _) => _changed.Release();
            _watcher.Deleted += (_, _) => _changed.Release();
            _watcher.Renamed += (_, _) => _changed.Release();
            _watcher.EnableRaisingEvents = true;
        }
        else
        {
            LogMissingFolder(Folder);
        }

        bank.Apply(await ContentReader.ReadAsync(Folder, cancellationToken));
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await _changed.WaitAsync(stoppingToken);
                await Task.Delay(Settle, time, stoppingToken);
                while (_changed.CurrentCount > 0)
                {
                    await _changed.WaitAsync(stoppingToken);
                }

                LogReloading(Folder);
                try
                {
                    bank.Apply(await ContentReader.ReadAsync(Folder, stoppingToken));
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // The folder itself is being moved or re-permissioned; the next event retries.
                    LogReadFailed(ex, Folder);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    public override void Dispose()
    {
        _watcher?.Dispose();
        _changed.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content folder {Folder} does not exist; serving no questions")]
    private partial void LogMissingFolder(string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not re-read {Folder}; still serving the last good content")]
    private partial void LogReadFailed(Exception exception, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content changed in {Folder}; re-reading decks")]
    private partial void LogReloading(string folder);
}
