using Coach.Core.App;
using Coach.Core.Learning;
using Coach.Core.Ports;

namespace Coach.Core.Features.Progress;

/// <summary>
/// <c>coach progress</c>: a person's own mastery per topic, questions due for review, streak, last
/// five scores and, with an interview date, the countdown and what is left to cover. Answered
/// privately wherever it is asked.
/// </summary>
internal sealed class ProgressHandler(IQuestionBank bank, IReviewStore reviews, IAnswerHistory history, InterviewPreparation preparation, LearnerClock clock) : ITurnHandler<CommandTurn>
{
    /// <summary>How far back the streak and recent scores look.</summary>
    private static readonly TimeSpan Lookback = TimeSpan.FromDays(400);

    public async Task HandleAsync(CommandTurn turn, TurnContext context, CancellationToken cancellationToken)
    {
        var (platform, user) = (turn.Channel.Platform, turn.User.Id);
        var now = clock.Now;
        var states = (await reviews.AllAsync(platform, user, cancellationToken)).ToDictionary(state => state.Question);
        var answers = await history.PersonAsync(platform, user, now - Lookback, cancellationToken);
        var report = new ProgressReport(
            TopicMastery.Of(bank.Questions, states),
            Due: states.Values.Count(state => state.IsDue(now) && bank.Find(state.Question) is not null),
            Streak: Streak.Current(answers.Select(answer => answer.At), now, clock.Zone),
            LastScores: [.. answers.TakeLast(5).Reverse().Select(answer => answer.Score)],
            Preparation: await preparation.FindAsync(platform, user, states, cancellationToken));
        await context.ReplyPrivatelyAsync(ProgressMessages.Report(report), cancellationToken);
    }
}
