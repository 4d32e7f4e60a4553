using Coach.Core.App;

namespace Coach.Core.Features.DailyQuestion;

/// <summary>A reply in a thread: an answer to the daily question that started it, if Coach did (see <see cref="DailyQuestionAnswers"/>).</summary>
internal sealed class FollowUpHandler(DailyQuestionAnswers answers) : ITurnHandler
{
    public Task HandleAsync(TurnContext context, CancellationToken cancellationToken) =>
        context.Turn.Thread is { } thread ? answers.TakeAsync(context, thread, context.Turn.Text, cancellationToken) : Task.CompletedTask;
}
