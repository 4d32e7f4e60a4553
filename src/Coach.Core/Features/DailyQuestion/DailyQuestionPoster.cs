using Coach.Core.App;
using Coach.Core.Channels;
using Coach.Core.Ports;
using Coach.Core.Questions;
using Coach.Core.Telemetry;

namespace Coach.Core.Features.DailyQuestion;

/// <summary>Posts a channel's next daily question and remembers its thread, for the scheduler and <c>/coach next</c>.</summary>
public sealed class DailyQuestionPoster(IQuestionBank bank, IDailyPostStore posts, CoachMetrics metrics, TimeProvider time)
{
    /// <returns>The post, or null when the channel's topics (and difficulty) hold no question.</returns>
    public async Task<DailyPost?> PostNextAsync(ChannelRef channel, QuestionFilter filter, IChatPlatform platform, CancellationToken cancellationToken)
    {
        var cycle = await posts.CurrentCycleAsync(channel, cancellationToken);
        var asked = await posts.AskedInCycleAsync(channel, cycle, cancellationToken);
        if (NextQuestion.Pick(bank.Questions, filter, channel.Id, cycle, asked) is not var (question, questionCycle))
        {
            return null;
        }

        var thread = await platform.PostAsync(channel, DailyQuestionMessages.Question(question), cancellationToken);
        metrics.QuestionPosted(channel);
        // Once the channel shows the question it must be remembered, even when the host is stopping:
        // a post without its record would lose its thread's replies and let the slot be posted again.
        return await posts.RecordAsync(channel, thread, question.Id, questionCycle, time.GetUtcNow(), CancellationToken.None);
    }
}
