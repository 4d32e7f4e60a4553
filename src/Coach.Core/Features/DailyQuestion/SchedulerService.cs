using Coach.Core.App;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coach.Core.Features.DailyQuestion;

/// <summary>Runs the scheduler every tick (<c>Coach:Schedule:Tick</c>) of the injected clock.</summary>
internal sealed class SchedulerService(DailyQuestionScheduler scheduler, IOptions<ScheduleOptions> options, TimeProvider time, ILogger<SchedulerService> logger)
    : PeriodicService("Scheduler", options.Value.Tick, time, logger)
{
    protected override Task RunPassAsync(CancellationToken cancellationToken) => scheduler.RunDueAsync(cancellationToken);
}
