using Coach.Core.App;
using Coach.Core.Features.Progress;
using Coach.Core.Learning;
using Coach.Core.Ports;

namespace Coach.Core.Features.Reminders;

/// <summary>Setting a person's reminder, typed as <c>coach remind …</c> or into the dashboard's text box: what Coach answers.</summary>
internal sealed class ReminderChanges(IReminders reminders, IAwayPeriods away, ReminderDay days, LearnerClock clock)
{
    /// <param name="seenIn">Where the person asked; the reminder comes to their direct conversation with Coach.</param>
    public async Task<CoachMessage> ApplyAsync(RemindCommand? command, ChatUser user, ChannelRef seenIn, IChatPlatform platform, CancellationToken cancellationToken) => command switch
    {
        null => ReminderMessages.Invalid,
        { Kind: RemindCommandKind.Off } => ReminderMessages.Off(await reminders.ClearAsync(seenIn.Platform, user.Id, cancellationToken)),
        { Kind: RemindCommandKind.Show } => await ShowAsync(user, seenIn, platform, cancellationToken),
        var set => await SetAsync(set, user, seenIn, platform, cancellationToken),
    };

    private async Task<CoachMessage> ShowAsync(ChatUser user, ChannelRef seenIn, IChatPlatform platform, CancellationToken cancellationToken)
    {
        if (await reminders.FindAsync(seenIn.Platform, user.Id, cancellationToken) is not { } reminder)
        {
            return ReminderMessages.None;
        }

        var zone = await clock.LearnZoneAsync(platform, user, cancellationToken);
        var periods = await away.ListAsync(seenIn.Platform, user.Id, cancellationToken);
        var today = LearnerClock.Today(clock.Now, zone);
        return ReminderMessages.Current(reminder, zone, periods.FirstOrDefault(period => period.Contains(today)), await days.NextAsync(reminder, zone, periods, cancellationToken));
    }

    private async Task<CoachMessage> SetAsync(RemindCommand set, ChatUser user, ChannelRef seenIn, IChatPlatform platform, CancellationToken cancellationToken)
    {
        var zone = await clock.LearnZoneAsync(platform, user, cancellationToken);
        var direct = seenIn.IsDirect ? seenIn : await platform.OpenDirectAsync(user, seenIn, cancellationToken);
        var reminder = new Reminder(direct, user.Id, set.At, set.Days, clock.Now);
        await reminders.SaveAsync(reminder, cancellationToken);
        var periods = await away.ListAsync(seenIn.Platform, user.Id, cancellationToken);
        return ReminderMessages.Set(reminder, zone, await days.NextAsync(reminder, zone, periods, cancellationToken));
    }
}
