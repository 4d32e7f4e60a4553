using Coach.Core.Learning;
using Coach.Core.Ports;
using Coach.Core.Review;

namespace Coach.Core.Features.Progress;

/// <summary>A person's progress as their dashboard shows it, with their days counted in their own zone.</summary>
internal sealed class ProgressReports(
    IQuestionBank bank, IReviewStore reviews, IAnswerHistory history, IAwayPeriods away, IReminders reminders, InterviewPreparation preparation, LearnerClock clock)
{
    /// <summary>How far back the streak and recent scores look.</summary>
    private static readonly TimeSpan Lookback = TimeSpan.FromDays(400);

    public async Task<ProgressReport> ForAsync(string platform, string user, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var states = (await reviews.AllAsync(platform, user, cancellationToken)).ToDictionary(state => state.Question);
        var answers = await history.PersonAsync(platform, user, now - Lookback, cancellationToken);
        return new ProgressReport(
            TopicMastery.Of(bank.Questions, states),
            Due: DueReviews.Of(states.Values, id => bank.Find(id) is not null, now),
            Streak: Streak.Current(answers.Select(answer => answer.At), now, zone, await away.ListAsync(platform, user, cancellationToken)),
            LastScores: [.. answers.TakeLast(5).Reverse().Select(answer => answer.Score)],
            Preparation: await preparation.FindAsync(platform, user, states, cancellationToken),
            Reminder: await reminders.FindAsync(platform, user, cancellationToken),
            Zone: zone);
    }
}
