using Coach.Core.App;
using Coach.Core.Features.Progress;
using Coach.Core.Ports;

namespace Coach.Core.Features.Reminders;

/// <summary>
/// A reminder's <i>Tomorrow</i> and <i>Stop reminders</i>, which replace the reminder by what was done,
/// and the dashboard's <i>Set reminder</i>, which asks for the time in a text box.
/// </summary>
internal sealed class ReminderActionHandler(IReminders reminders, IAwayPeriods away, ReminderChanges changes, ReminderDay days, Dashboard dashboard, LearnerClock clock) : ITurnHandler<ActionTurn>
{
    public async Task HandleAsync(ActionTurn turn, TurnContext context, CancellationToken cancellationToken)
    {
        switch (turn.ActionId)
        {
            // Pressed on the platform's page for the person (no message of its own): the text box comes on that page.
            case CoachActions.SetReminder when turn.Message is null && await dashboard.ShowOnHomeAsync(context.Platform, turn.User, ReminderMessages.AskForTime, cancellationToken):
                return;
            case CoachActions.SetReminder:
                await context.ReplyPrivatelyAsync(ReminderMessages.AskForTime, cancellationToken);
                return;
            case CoachActions.ReminderSubmit:
                var time = RemindCommand.Parse(turn.Text) is { Kind: RemindCommandKind.Set } set ? set : null;

                // A time typed wrongly on that page is asked for again there, not answered out of sight.
                if (time is null && turn.Message is null && await dashboard.ShowOnHomeAsync(context.Platform, turn.User, ReminderMessages.AskForTimeAgain, cancellationToken))
                {
                    return;
                }

                await context.ReplyPrivatelyAsync(await changes.ApplyAsync(time, turn.User, turn.Channel, context.Platform, cancellationToken), cancellationToken);
                break;
            default:
                var reply = turn.ActionId == CoachActions.StopReminders
                    ? ReminderMessages.Off(await reminders.ClearAsync(turn.Channel.Platform, turn.User.Id, cancellationToken))
                    : await TomorrowAsync(turn, context, cancellationToken);
                await (turn.Message is { } nudge
                    ? context.Platform.UpdateAsync(turn.Channel, nudge, reply, cancellationToken)
                    : context.ReplyPrivatelyAsync(reply, cancellationToken));
                break;
        }

        await dashboard.RefreshAsync(context.Platform, turn.User, cancellationToken);
    }

    private async Task<CoachMessage> TomorrowAsync(ActionTurn turn, TurnContext context, CancellationToken cancellationToken)
    {
        var (platform, user) = (turn.Channel.Platform, turn.User.Id);
        if (await reminders.FindAsync(platform, user, cancellationToken) is not { } reminder)
        {
            return ReminderMessages.None;
        }

        // Pressed on today's reminder, the day is done already; pressed on an older one, it is now.
        var zone = await clock.LearnZoneAsync(context.Platform, turn.User, cancellationToken);
        await days.SkipTodayAsync(reminder, zone, cancellationToken);
        return ReminderMessages.Tomorrow(await days.NextAsync(reminder, zone, await away.ListAsync(platform, user, cancellationToken), cancellationToken), zone);
    }
}
