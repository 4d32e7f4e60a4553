using Coach.Core.App;
using Coach.Core.Features.DailyQuestion;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coach.Core.Features.Reminders;

/// <summary>Runs the reminders every tick (<c>Coach:Schedule:Tick</c>) of the injected clock.</summary>
internal sealed class ReminderService(ReminderScheduler scheduler, IOptions<ScheduleOptions> options, TimeProvider time, ILogger<ReminderService> logger)
    : PeriodicService("Reminders", options.Value.Tick, time, logger)
{
    protected override Task RunPassAsync(CancellationToken cancellationToken) => scheduler.RunDueAsync(cancellationToken);
}
