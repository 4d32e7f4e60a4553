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

    private string Folder => Path.GetFullPath(options.Value.Path, environment.ContentRootPath);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!Directory.Exists(Folder))
        {
            LogMissingFolder(Folder);
        }

        bank.Apply(await ContentReader.ReadAsync(Folder, cancellationToken));
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Directory.Exists(Folder))
        {
            return;
        }

        using var watcher = new FileSystemWatcher(Folder) { IncludeSubdirectories = false, EnableRaisingEvents = false };
        watcher.Changed += (_, _) => _changed.Release();
        watcher.Created += (_, _) => _changed.Release();
        watcher.Deleted += (_, _) => _changed.Release();
        watcher.Renamed += (_, _) => _changed.Release();
        watcher.EnableRaisingEvents = true;
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
                bank.Apply(await ContentReader.ReadAsync(Folder, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    public override void Dispose()
    {
        _changed.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content folder {Folder} does not exist; serving no questions")]
    private partial void LogMissingFolder(string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Content changed in {Folder}; re-reading decks")]
    private partial void LogReloading(string folder);
}
