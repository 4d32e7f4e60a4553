using Coach.Core.App;

namespace Coach.Core.Features.Progress;

/// <summary>
/// <c>coach progress</c>: a person's own dashboard (mastery per topic, questions due for review,
/// streak, last five scores, the interview countdown, the reminder), answered privately wherever it
/// is asked. In the direct conversation it is a card kept up to date after each answer.
/// </summary>
internal sealed class ProgressHandler(ProgressReports reports, Dashboard dashboard, LearnerClock clock) : ITurnHandler<CommandTurn>
{
    public async Task HandleAsync(CommandTurn turn, TurnContext context, CancellationToken cancellationToken)
    {
        var zone = await clock.LearnZoneAsync(context.Platform, turn.User, cancellationToken);
        var report = ProgressMessages.Report(await reports.ForAsync(turn.Channel.Platform, turn.User.Id, zone, cancellationToken));
        await (turn.Channel.IsDirect
            ? dashboard.PostCardAsync(context.Platform, turn.User, turn.Channel, report, cancellationToken)
            : context.ReplyPrivatelyAsync(report, cancellationToken));
    }
}
