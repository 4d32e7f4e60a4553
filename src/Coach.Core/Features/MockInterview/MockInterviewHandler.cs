using Coach.Core.App;
using Coach.Core.Features.Progress;

namespace Coach.Core.Features.MockInterview;

/// <summary>A direct message to Coach: a mock-interview command or an answer, read by <see cref="MockCommand"/>.</summary>
internal sealed class MockInterviewHandler(MockInterviews interviews, Dashboard dashboard) : ITurnHandler<DirectMessageTurn>
{
    public async Task HandleAsync(DirectMessageTurn turn, TurnContext context, CancellationToken cancellationToken)
    {
        foreach (var reply in await interviews.RespondAsync(turn.Channel, turn.User, MockCommand.Parse(turn.Text), turn.EventId, cancellationToken))
        {
            await context.ReplyAsync(reply, cancellationToken);
        }

        await dashboard.RefreshAsync(context.Platform, turn.User, cancellationToken);
    }
}
