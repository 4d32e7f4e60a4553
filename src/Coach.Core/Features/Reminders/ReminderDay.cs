using Coach.Core.Features.DailyQuestion;
using Coach.Core.Features.Progress;
using Coach.Core.Learning;
using Coach.Core.Ports;

namespace Coach.Core.Features.Reminders;

/// <summary>
/// A person's reminder day, claimed in <see cref="ISlotClaims"/> under their direct conversation:
/// one reminder a day at most, whatever the time was moved to. Done once the reminder was sent,
/// nothing was due, or the person said <i>Tomorrow</i>.
/// </summary>
internal sealed class ReminderDay(ISlotClaims claims, LearnerClock clock)
{
    /// <summary>The claim of a local day: its midnight, read as UTC.</summary>
    public static DateTimeOffset Key(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>
    /// When the reminder comes next: the first slot from now, or, when today's is done, the first
    /// after today's.
    /// </summary>
    public async Task<DateTimeOffset?> NextAsync(Reminder reminder, TimeZoneInfo zone, IReadOnlyList<AwayPeriod> away, CancellationToken cancellationToken)
    {
        var schedule = reminder.Schedule(zone, away);
        var next = schedule.NextSlotAfter(clock.Now);
        var today = LearnerClock.Today(clock.Now, zone);
        return next is { } slot && schedule.LocalDate(slot) == today && await claims.IsHandledAsync(reminder.Direct, Key(today), cancellationToken)
            ? schedule.NextSlotAfter(slot)
            : next;
    }

    /// <summary>No reminder today: the person said so.</summary>
    public async Task SkipTodayAsync(Reminder reminder, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var today = Key(LearnerClock.Today(clock.Now, zone));
        await claims.TryClaimAsync(reminder.Direct, today, clock.Now, DailyQuestionScheduler.Lease, cancellationToken);
        await claims.MarkHandledAsync(reminder.Direct, today, clock.Now, cancellationToken);
    }
}
