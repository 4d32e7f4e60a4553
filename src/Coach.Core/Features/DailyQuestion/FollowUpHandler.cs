using Coach.Core.App;

namespace Coach.Core.Features.DailyQuestion;

/// <summary>A reply in a thread: an answer to the daily question that started it, if Coach did (see <see cref="DailyQuestionAnswers"/>).</summary>
internal sealed class FollowUpHandler(DailyQuestionAnswers answers) : ITurnHandler<ThreadReplyTurn>
{
    public Task HandleAsync(ThreadReplyTurn turn, TurnContext context, CancellationToken cancellationToken) =>
        turn.Thread is { } thread ? answers.TakeAsync(context, thread, turn.Text, cancellationToken) : Task.CompletedTask;
}
