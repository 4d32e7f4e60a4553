using Coach.Core.App;

namespace Coach.Core.Features.DailyQuestion;

/// <summary>
/// An answer typed into the daily question card's answer box: the same as replying in the
/// question's thread (the card is that thread's first message), so the same feedback follows.
/// </summary>
internal sealed class CardAnswerHandler(DailyQuestionAnswers answers) : ITurnHandler<ActionTurn>
{
    public Task HandleAsync(ActionTurn turn, TurnContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(turn.Text) || (turn.Thread ?? turn.Message) is not { } thread)
        {
            return context.ReplyPrivatelyAsync(new CoachMessage("Type your answer in the box first, then press Answer."), cancellationToken);
        }

        return answers.TakeAsync(context, thread, turn.Text, cancellationToken);
    }
}
