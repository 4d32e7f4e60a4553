using Coach.Core.App;
using Coach.Core.Features.Progress;

namespace Coach.Core.Features.MockInterview;

/// <summary>A direct message to Coach: a mock-interview command or an answer, read by <see cref="MockCommand"/>.</summary>
internal sealed class MockInterviewHandler(MockInterviews interviews, Dashboard dashboard) : ITurnHandler<DirectMessageTurn>
{
    public async Task HandleAsync(DirectMessageTurn turn, TurnContext context, CancellationToken cancellationToken)
    {
        var command = MockCommand.Parse(turn.Text);
        foreach (var reply in await interviews.RespondAsync(turn.Channel, turn.User, command, turn.EventId, cancellationToken))
        {
            await context.ReplyAsync(reply, cancellationToken);
        }

        if (command.ChangesProgress)
        {
            await dashboard.RefreshAsync(context.Platform, turn.User, cancellationToken);
        }
    }
}
