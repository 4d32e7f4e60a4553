using Coach.Core.App;
using Coach.Core.Features.DailyQuestion;
using Coach.Core.Learning;
using Coach.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coach.Core.Features.Progress;

/// <summary>
/// Now, and the time zone a person's days are counted in (streak days, "today", the interview
/// countdown, reminders): their own, as their platform gives it, remembered; the default schedule
/// zone until it is known.
/// </summary>
internal sealed partial class LearnerClock(TimeProvider time, IOptions<ScheduleOptions> schedule, IPersonZones zones, ILogger<LearnerClock> logger)
{
    /// <summary>How long a zone the platform gave is trusted before it is asked again (people travel).</summary>
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromDays(1);

    public DateTimeOffset Now => time.GetUtcNow();

    public TimeZoneInfo DefaultZone { get; } = Find(schedule.Value.TimeZone) ?? TimeZoneInfo.Utc;

    public static DateOnly Today(DateTimeOffset now, TimeZoneInfo zone) => Streak.Day(now, zone);

    /// <summary>The person's zone as last learned, else the default: for work inside a turn that has learned it already.</summary>
    public async Task<TimeZoneInfo> ZoneAsync(string platform, string userId, CancellationToken cancellationToken) =>
        Find((await zones.FindAsync(platform, userId, cancellationToken))?.Zone) ?? DefaultZone;

    /// <summary>
    /// Learns the person's zone: the one their turn carried, else, when the remembered one is a day
    /// old or there is none, the one the platform says now. Remembered when new, and the asking too:
    /// a platform that cannot say (or fails) is asked again a day later, not on every reminder pass,
    /// and the remembered zone (or the default) serves meanwhile.
    /// </summary>
    public async Task<TimeZoneInfo> LearnZoneAsync(IChatPlatform platform, ChatUser user, CancellationToken cancellationToken)
    {
        var now = Now;
        var remembered = await zones.FindAsync(platform.Name, user.Id, cancellationToken);
        var given = Find(user.TimeZone);
        if (given is null && (remembered is null || now - remembered.CheckedAt >= RefreshAfter))
        {
            try
            {
                given = Find(await platform.TimeZoneAsync(user, cancellationToken));
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogZoneUnknown(e, platform.Name, user.Id);
            }

            // An empty zone: asked, and nobody could say.
            await zones.SaveAsync(platform.Name, user.Id, new PersonZone(given?.Id ?? remembered?.Zone ?? "", now), cancellationToken);
        }
        else if (given is not null && remembered?.Zone != given.Id)
        {
            await zones.SaveAsync(platform.Name, user.Id, new PersonZone(given.Id, now), cancellationToken);
        }

        return given ?? Find(remembered?.Zone) ?? DefaultZone;
    }

    private static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone) ? zone : null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not learn the time zone of {Platform} user {User}; the one remembered, or the default, is used")]
    private partial void LogZoneUnknown(Exception exception, string platform, string user);
}
