using Coach.Core.Questions;

namespace Coach.Core.Review;

/// <summary>The questions due for review, soonest due first, leaving out any gone from the bank.</summary>
public static class DueReviews
{
    public static IReadOnlyList<QuestionId> Of(IEnumerable<ReviewState> states, Func<QuestionId, bool> inBank, DateTimeOffset now) =>
        [.. states.Where(state => state.IsDue(now) && inBank(state.Question)).OrderBy(state => state.Due).Select(state => state.Question)];
}
