using Coach.Core.Learning;
using Coach.Core.Ports;
using Coach.Core.Questions;
using Coach.Core.Review;

namespace Coach.Core.Features.Progress;

/// <summary>A person's interview date, if any, and what is left to cover before it.</summary>
internal sealed class InterviewPreparation(IQuestionBank bank, IAnswerHistory history, IInterviewDates dates, LearnerClock clock)
{
    public sealed record Status(InterviewDate Interview, int DaysLeft, IReadOnlyList<(string Topic, int Needed)> LeftToCover);

    /// <returns>Null when the person has not set a date.</returns>
    public async Task<Status?> FindAsync(string platform, string userId, IReadOnlyDictionary<QuestionId, ReviewState> reviews, CancellationToken cancellationToken)
    {
        if (await dates.FindAsync(platform, userId, cancellationToken) is not { } interview)
        {
            return null;
        }

        var daysLeft = InterviewPrep.DaysUntil(interview, clock.Now, await clock.ZoneAsync(platform, userId, cancellationToken));
        var sinceSet = daysLeft < 0 ? [] : await history.PersonAsync(platform, userId, interview.SetAt, cancellationToken);
        var left = daysLeft < 0 ? [] : InterviewPrep.Remaining(bank.Questions, TopicMastery.Of(bank.Questions, reviews), sinceSet);
        return new Status(interview, daysLeft, left);
    }
}
