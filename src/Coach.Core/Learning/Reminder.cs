using Coach.Core.App;
using Coach.Core.Schedules;

namespace Coach.Core.Learning;

/// <summary>
/// A person's daily nudge (<c>coach remind 08:30 weekdays</c>): a time of day read in their own
/// zone, and the direct conversation it is sent to.
/// </summary>
public sealed record Reminder(ChannelRef Direct, string UserId, TimeOnly At, ReminderDays Days, DateTimeOffset SetAt)
{
    /// <summary>
    /// When the reminder comes, in <paramref name="zone"/>, minus the days the person is away: a pure
    /// function of time, daylight saving included (08:30 in Berlin is 08:30 on both sides of a change).
    /// </summary>
    public DailySchedule Schedule(TimeZoneInfo zone, IReadOnlyList<AwayPeriod> away)
    {
        var cron = $"{At.Minute} {At.Hour} * * {(Days == ReminderDays.Weekdays ? "MON-FRI" : "*")}";
        var skipped = away.SelectMany(period => Enumerable.Range(0, period.Last.DayNumber - period.First.DayNumber + 1).Select(period.First.AddDays)).ToHashSet();
        return DailySchedule.TryCreate(cron, zone.Id, skipped, out var schedule, out var error)
            ? schedule
            : throw new InvalidOperationException(error);
    }
}
