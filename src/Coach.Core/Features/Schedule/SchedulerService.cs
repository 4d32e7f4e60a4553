using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Coach.Core.Features.Schedule;

/// <summary>Runs the scheduler every tick of the injected clock, for as long as the host runs.</summary>
internal sealed class SchedulerService(DailyQuestionScheduler scheduler, IOptions<ScheduleOptions> options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Tick, time);
        try
        {
            do
            {
                await scheduler.RunDueAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
