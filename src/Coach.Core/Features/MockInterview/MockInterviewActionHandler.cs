using Coach.Core.App;

namespace Coach.Core.Features.MockInterview;

/// <summary>
/// The mock interview's buttons (<i>Start mock interview</i>, <i>Skip</i>, <i>Hint</i>) do what
/// typing the word would do, in the person's direct conversation with Coach.
/// </summary>
internal sealed class MockInterviewActionHandler(MockInterviewHandler interview) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        var text = turn.ActionId switch
        {
            CoachActions.StartMockInterview => "mock",
            CoachActions.SkipQuestion => "skip",
            CoachActions.Hint => "hint",
            _ => "help",
        };
        var direct = turn.Channel.IsDirect ? turn.Channel : await context.Platform.OpenDirectAsync(turn.User, turn.Channel, cancellationToken);
        var typed = new Turn { Kind = TurnKind.DirectMessage, Channel = direct, User = turn.User, Text = text, Raw = turn.Raw };
        await interview.HandleAsync(new TurnContext(typed, context.Platform), cancellationToken);
    }
}
