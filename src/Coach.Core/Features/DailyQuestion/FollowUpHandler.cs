using Coach.Core.App;
using Coach.Core.Grading;
using Coach.Core.Ports;
using Coach.Core.Review;

namespace Coach.Core.Features.DailyQuestion;

/// <summary>
/// A reply in a daily question's thread. The first reply brings out the model answer in the
/// thread, with feedback on that reply; every later reply gets its feedback privately. The model
/// answer is posted once per thread, never twice, however many replicas see replies at once.
/// Replies in threads Coach did not start are ignored.
/// </summary>
internal sealed class FollowUpHandler(IDailyPostStore posts, IQuestionBank bank, AnswerGrading grading, ReviewRecorder reviews, TimeProvider time) : ITurnHandler
{
    public async Task HandleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var turn = context.Turn;
        if (turn.Thread is not { } thread
            || await posts.FindByThreadAsync(turn.Channel, thread, cancellationToken) is not { } post
            || bank.Find(post.Question) is not { } question)
        {
            return;
        }

        var grade = await grading.GradeAsync(question, turn.Text, cancellationToken);
        var now = time.GetUtcNow();
        await posts.RecordReplyAsync(post.Id, turn.User, turn.Text, grade.Score, now, cancellationToken);
        await reviews.RecordAsync(turn.Channel.Platform, turn.User.Id, question.Id, grade.Score, post.PostedAt, now, cancellationToken);
        if (await posts.TryMarkRevealedAsync(post.Id, turn.EventId, now, cancellationToken))
        {
            await AnswerReveal.PostAsync(context.Platform, post, question, DailyQuestionMessages.AnswerWithFeedback(question, turn.User, grade), cancellationToken);
        }
        else
        {
            await context.ReplyPrivatelyAsync(DailyQuestionMessages.Feedback(question, grade), cancellationToken);
        }
    }
}
