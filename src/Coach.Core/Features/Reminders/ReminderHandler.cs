using Coach.Core.App;
using Coach.Core.Features.Progress;

namespace Coach.Core.Features.Reminders;

/// <summary>
/// <c>coach remind HH:MM [weekdays|daily]</c>, <c>coach remind off</c>, <c>coach remind</c>: one
/// reminder per person, sent to their direct conversation with Coach wherever they asked for it,
/// at that time in their own zone. Answered privately.
/// </summary>
internal sealed class ReminderHandler(ReminderChanges changes, Dashboard dashboard) : ITurnHandler<CommandTurn>
{
    public async Task HandleAsync(CommandTurn turn, TurnContext context, CancellationToken cancellationToken)
    {
        var command = RemindCommand.Parse(CoachVerb.Of(turn)?.Rest ?? "");
        await context.ReplyPrivatelyAsync(await changes.ApplyAsync(command, turn.User, turn.Channel, context.Platform, cancellationToken), cancellationToken);
        await dashboard.RefreshAsync(context.Platform, turn.User, cancellationToken);
    }
}
