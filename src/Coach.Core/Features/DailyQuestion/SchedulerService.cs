using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coach.Core.Features.DailyQuestion;

/// <summary>
/// Runs the scheduler every tick of the injected clock, for as long as the host runs. A failed
/// pass (storage unreachable, say) is logged and the next tick tries again: the host stays up.
/// </summary>
internal sealed partial class SchedulerService(
    DailyQuestionScheduler scheduler, IOptions<ScheduleOptions> options, TimeProvider time, ILogger<SchedulerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Tick, time);
        try
        {
            do
            {
                try
                {
                    await scheduler.RunDueAsync(stoppingToken);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduler pass failed; trying again at the next tick")]
    private partial void LogPassFailed(Exception exception);
}
