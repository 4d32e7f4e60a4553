using Coach.Core.App;
using Coach.Core.Ports;
using Coach.Core.Questions;

namespace Coach.Core.Features.Ask;

/// <summary>A suggestion or related-question button: shows that question's model answer.</summary>
internal sealed class ShowAnswerHandler(IQuestionBank bank, IQuestionSearch search) : ITurnHandler<ActionTurn>
{
    public Task HandleAsync(ActionTurn turn, TurnContext context, CancellationToken cancellationToken)
    {
        var value = turn.Value;
        var reply = QuestionId.TryParse(value, out var id) && bank.Find(id.Value) is { } question
            ? AskReplies.Answer(question, search.Related(question.Id, 2), corrected: null, shareable: !turn.Channel.IsDirect)
            : AskReplies.UnknownQuestion(value);
        return context.ReplyPrivatelyAsync(reply, cancellationToken);
    }
}
