using Coach.Core.App;
using Coach.Core.Features.Progress;
using Coach.Core.Grading;
using Coach.Core.Ports;
using Coach.Core.Review;

namespace Coach.Core.Features.DailyQuestion;

/// <summary>
/// An answer to a daily question, however it came (a reply in the question's thread, the card's
/// answer box). The first answer brings out the model answer in the thread, with feedback on that
/// answer; every later one gets its feedback privately. The model answer is posted once per thread,
/// never twice, however many replicas see answers at once. Threads Coach did not start are ignored.
/// </summary>
internal sealed class DailyQuestionAnswers(IDailyPostStore posts, IQuestionBank bank, AnswerGrading grading, ReviewRecorder reviews, Dashboard dashboard, TimeProvider time)
{
    public async Task TakeAsync(TurnContext context, MessageRef thread, string text, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        if (await posts.FindByThreadAsync(turn.Channel, thread, cancellationToken) is not { } post
            || bank.Find(post.Question) is not { } question)
        {
            return;
        }

        var grade = await grading.GradeAsync(question, text, cancellationToken);
        var now = time.GetUtcNow();
        await posts.RecordReplyAsync(post.Id, turn.User, text, grade.Score, [.. grade.Missed.Select(point => point.KeyPoint)], now, cancellationToken);
        await reviews.RecordAsync(turn.Channel.Platform, turn.User.Id, question.Id, grade.Score, post.PostedAt, now, cancellationToken);
        if (await posts.TryMarkRevealedAsync(post.Id, turn.EventId, now, cancellationToken))
        {
            await AnswerReveal.PostAsync(context.Platform, post, question, DailyQuestionMessages.AnswerWithFeedback(question, turn.User, grade), cancellationToken);
        }
        else
        {
            await context.ReplyPrivatelyAsync(DailyQuestionMessages.Feedback(question, grade), thread, cancellationToken);
        }

        await dashboard.RefreshAsync(context.Platform, turn.User, cancellationToken);
    }
}
