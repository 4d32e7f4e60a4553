using Coach.Core.App;
using Coach.Core.Features.Progress;
using Coach.Core.Questions;

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
        var command = new MockCommand(turn.ActionId switch
        {
            CoachActions.StartMockInterview => MockCommandKind.Start,
            CoachActions.SkipQuestion => MockCommandKind.Skip,
            CoachActions.Hint => MockCommandKind.Hint,
            _ => MockCommandKind.Help,
        })
        {
            Questions = [.. turn.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => QuestionId.TryParse(id, out var parsed) ? parsed : null).OfType<QuestionId>()],
        };
        var direct = turn.Channel.IsDirect ? turn.Channel : await context.Platform.OpenDirectAsync(turn.User, turn.Channel, cancellationToken);
        foreach (var reply in await interviews.RespondAsync(direct, turn.User, command, turn.EventId, cancellationToken))
        {
            await context.Platform.PostAsync(direct, reply, cancellationToken);
        }

        await dashboard.RefreshAsync(context.Platform, turn.User, cancellationToken);
    }
}
