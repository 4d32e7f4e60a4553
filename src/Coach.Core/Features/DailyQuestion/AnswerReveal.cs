using Coach.Core.App;
using Coach.Core.Channels;
using Coach.Core.Ports;
using Coach.Core.Questions;

namespace Coach.Core.Features.DailyQuestion;

/// <summary>
/// Bringing out a daily question's model answer, however it happens (first reply, the button, the
/// timer): the answer goes into the thread, and the question loses its now useless
/// <i>Reveal answer</i> button.
/// </summary>
internal static class AnswerReveal
{
    public static async Task PostAsync(IChatPlatform platform, DailyPost post, Question question, CoachMessage answer, CancellationToken cancellationToken)
    {
        await platform.ReplyInThreadAsync(post.Channel, post.Thread, answer, cancellationToken);
        await platform.UpdateAsync(post.Channel, post.Thread, DailyQuestionMessages.QuestionAnswered(question), cancellationToken);
    }
}
