using Coach.Core.App;
using Coach.Core.Features.Progress;

namespace Coach.Core.Features.MockInterview;

/// <summary>
/// The mock interview's buttons (<i>Start mock interview</i>, <i>Skip</i>, <i>Hint</i>) do what
/// typing the word would do, in the person's direct conversation with Coach. A start button whose
/// value names question ids (a reminder's <i>Practise now</i>) starts over those questions.
/// </summary>
internal sealed class MockInterviewActionHandler(MockInterviews interviews, Dashboard dashboard) : ITurnHandler<ActionTurn>
{
    public async Task HandleAsync(ActionTurn turn, TurnContext context, CancellationToken cancellationToken)
    {
        var command = turn.ActionId switch
        {
            CoachActions.StartMockInterview => MockCommand.Pressed(turn.Value),
            CoachActions.SkipQuestion => new MockCommand(MockCommandKind.Skip),
            CoachActions.Hint => new MockCommand(MockCommandKind.Hint),
            _ => new MockCommand(MockCommandKind.Help),
        };
        var direct = turn.Channel.IsDirect ? turn.Channel : await context.Platform.OpenDirectAsync(turn.User, turn.Channel, cancellationToken);
        foreach (var reply in await interviews.RespondAsync(direct, turn.User, command, turn.EventId, cancellationToken))
        {
            await context.Platform.PostAsync(direct, reply, cancellationToken);
        }

        await dashboard.RefreshAsync(context.Platform, turn.User, cancellationToken);
    }
}
