using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Coach.Core.App;

/// <summary>
/// A pass run at start and then every <paramref name="every"/> of the injected clock, for as long as
/// the host runs. A failed pass (storage unreachable, say) is logged and the next one tries again:
/// the host stays up.
/// </summary>
internal abstract partial class PeriodicService(string name, TimeSpan every, TimeProvider time, ILogger logger) : BackgroundService
{
    protected abstract Task RunPassAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(every, time);
        try
        {
            do
            {
                try
                {
                    await RunPassAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogPassFailed(ex, name, every);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Pass} pass failed; trying again in {Every}")]
    private partial void LogPassFailed(Exception exception, string pass, TimeSpan every);
}
