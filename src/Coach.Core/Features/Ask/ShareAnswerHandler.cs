using Coach.Core.App;
using Coach.Core.Ports;
using Coach.Core.Questions;

namespace Coach.Core.Features.Ask;

/// <summary><i>Share in channel</i> on a private answer: posts it for everyone, saying who shared it.</summary>
internal sealed class ShareAnswerHandler(IQuestionBank bank) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var value = context.Turn.ActionValue ?? "";
        if (!QuestionId.TryParse(value, out var id) || bank.Find(id.Value) is not { } question)
        {
            await context.ReplyPrivatelyAsync(AskReplies.UnknownQuestion(value), cancellationToken);
            return;
        }

        await context.Platform.PostAsync(context.Turn.Channel, AskReplies.Shared(question, context.Turn.User), cancellationToken);
    }
}
