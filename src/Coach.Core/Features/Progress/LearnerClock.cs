using Coach.Core.Features.DailyQuestion;
using Microsoft.Extensions.Options;

namespace Coach.Core.Features.Progress;

/// <summary>Now, and the time zone a person's days are counted in: the service's default schedule zone.</summary>
internal sealed class LearnerClock(TimeProvider time, IOptions<ScheduleOptions> schedule)
{
    public DateTimeOffset Now => time.GetUtcNow();

    public TimeZoneInfo Zone { get; } = TimeZoneInfo.TryFindSystemTimeZoneById(schedule.Value.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    public DateOnly Today => Coach.Core.Learning.Streak.Day(Now, Zone);
}
