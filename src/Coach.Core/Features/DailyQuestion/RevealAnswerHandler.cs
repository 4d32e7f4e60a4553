using Coach.Core.App;
using Coach.Core.Ports;

namespace Coach.Core.Features.DailyQuestion;

/// <summary><i>Reveal answer</i> on a daily question: posts the model answer in its thread, once.</summary>
internal sealed class RevealAnswerHandler(IDailyPostStore posts, IQuestionBank bank, TimeProvider time) : ITurnHandler<ActionTurn>
{
    public async Task HandleAsync(ActionTurn turn, TurnContext context, CancellationToken cancellationToken)
    {
        // The button sits on the question, which is the first message of its thread.
        var thread = turn.Thread ?? turn.Message;
        if (thread is null
            || await posts.FindByThreadAsync(turn.Channel, thread, cancellationToken) is not { } post
            || bank.Find(post.Question) is not { } question)
        {
            await context.ReplyPrivatelyAsync(DailyQuestionMessages.UnknownThread, cancellationToken);
            return;
        }

        if (await posts.TryMarkRevealedAsync(post.Id, turn.EventId, time.GetUtcNow(), cancellationToken))
        {
            await AnswerReveal.PostAsync(context.Platform, post, question, DailyQuestionMessages.Answer(question), cancellationToken);
        }
        else
        {
            await context.ReplyPrivatelyAsync(DailyQuestionMessages.AlreadyRevealed, cancellationToken);
        }
    }
}
