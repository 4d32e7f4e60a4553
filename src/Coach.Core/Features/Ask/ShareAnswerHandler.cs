using Coach.Core.App;
using Coach.Core.Ports;
using Coach.Core.Questions;

namespace Coach.Core.Features.Ask;

/// <summary><i>Share in channel</i> on a private answer: posts it for everyone, saying who shared it.</summary>
internal sealed class ShareAnswerHandler(IQuestionBank bank) : ITurnHandler<ActionTurn>
{
    public async Task HandleAsync(ActionTurn turn, TurnContext context, CancellationToken cancellationToken)
    {
        var value = turn.Value;
        if (!QuestionId.TryParse(value, out var id) || bank.Find(id.Value) is not { } question)
        {
            await context.ReplyPrivatelyAsync(AskReplies.UnknownQuestion(value), cancellationToken);
            return;
        }

        await context.Platform.PostAsync(turn.Channel, AskReplies.Shared(question, turn.User), cancellationToken);
    }
}
