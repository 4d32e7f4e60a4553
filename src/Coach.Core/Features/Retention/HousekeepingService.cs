using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Coach.Core.Features.Retention;

/// <summary>
/// Runs <see cref="StorageHousekeeping"/> at start and then every <see cref="StorageHousekeeping.Every"/>
/// of the injected clock, for as long as the host runs. A failed pass is logged and the next one tries again.
/// </summary>
internal sealed partial class HousekeepingService(StorageHousekeeping housekeeping, TimeProvider time, ILogger<HousekeepingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(StorageHousekeeping.Every, time);
        try
        {
            do
            {
                try
                {
                    await housekeeping.RunAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    LogPassFailed(ex);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Housekeeping pass failed; trying again in an hour")]
    private partial void LogPassFailed(Exception exception);
}
