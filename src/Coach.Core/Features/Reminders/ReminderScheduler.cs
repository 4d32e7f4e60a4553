using System.Collections.Concurrent;
using Coach.Core.App;
using Coach.Core.Features.DailyQuestion;
using Coach.Core.Features.Progress;
using Coach.Core.Learning;
using Coach.Core.Ports;
using Coach.Core.Schedules;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coach.Core.Features.Reminders;

/// <summary>
/// One pass over every reminder: the one due now, in its person's own zone, is sent when there is
/// something to practise. Each person's day is claimed like a channel's daily slot, so two replicas
/// (or a restart) never send a second reminder that day, whatever its time or zone was changed to;
/// one missed beyond the misfire grace is skipped, not sent hours late.
/// </summary>
internal sealed partial class ReminderScheduler(
    IReminders reminders,
    IAwayPeriods away,
    ISlotClaims claims,
    Nudges nudges,
    ChatPlatforms platforms,
    LearnerClock clock,
    IOptions<ScheduleOptions> options,
    ILogger<ReminderScheduler> logger)
{
    /// <summary>Reminders worked on at once in a pass.</summary>
    public const int PeopleAtOnce = 8;

    // The last day each reminder was done on, by this process: the claim is not tried again on every pass of that day.
    private readonly ConcurrentDictionary<(string Platform, string User), DateTimeOffset> _done = new();

    public async Task RunDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = PeopleAtOnce, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(await reminders.ListAsync(cancellationToken), parallel, async (reminder, token) =>
        {
            try
            {
                await RunOneAsync(reminder, now, token);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
            {
                LogFailed(ex, reminder.Direct.Platform, reminder.UserId);
            }
        });
    }

    private async Task RunOneAsync(Reminder reminder, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (platforms.For(reminder.Direct) is not { } platform)
        {
            return;
        }

        // Asked of the platform at most once a day, so a person who travels is reminded at their new morning.
        var zone = await clock.LearnZoneAsync(platform, new ChatUser(reminder.UserId, reminder.UserId), cancellationToken);
        var schedule = reminder.Schedule(zone, await away.ListAsync(reminder.Direct.Platform, reminder.UserId, cancellationToken));
        var decision = schedule.Decide(now, options.Value.MisfireGrace);
        if (decision.Slot is not { } slot || slot < reminder.SetAt)
        {
            return;
        }

        // The claim is the person's day, not the slot: at most one reminder a day.
        var day = ReminderDay.Key(schedule.LocalDate(slot));
        var key = (reminder.Direct.Platform, reminder.UserId);
        if (_done.TryGetValue(key, out var done) && done == day)
        {
            return;
        }

        if (!await claims.TryClaimAsync(reminder.Direct, day, now, DailyQuestionScheduler.Lease, cancellationToken))
        {
            // Done by another pass or replica, or held by one now: a held claim that fails is taken over once its lease is out.
            return;
        }

        if (decision.Action == SlotAction.Missed)
        {
            LogMissed(reminder.Direct.Platform, reminder.UserId, slot, options.Value.MisfireGrace);
        }
        else if (await nudges.ForAsync(reminder.Direct.Platform, reminder.UserId, now, cancellationToken) is { } nudge)
        {
            await platform.PostAsync(reminder.Direct, ReminderMessages.Nudge(nudge), cancellationToken);
        }

        // Sent (or nothing to send): the day is done even if the host is stopping now.
        await claims.MarkHandledAsync(reminder.Direct, day, clock.Now, CancellationToken.None);
        _done[key] = day;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder of {Platform} user {User} failed; it is retried while its time is in grace")]
    private partial void LogFailed(Exception exception, string platform, string user);

    [LoggerMessage(Level = LogLevel.Information, Message = "Skipped the {Slot:u} reminder of {Platform} user {User}: missed by more than {Grace}")]
    private partial void LogMissed(string platform, string user, DateTimeOffset slot, TimeSpan grace);
}
