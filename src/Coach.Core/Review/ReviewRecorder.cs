using Coach.Core.Ports;
using Coach.Core.Questions;

namespace Coach.Core.Review;

/// <summary>Moves a person's memory of a question on by one graded answer, wherever it was given.</summary>
public sealed class ReviewRecorder(IReviewStore reviews)
{
    /// <param name="shownAt">When the question was put to the person: a second answer to the same showing (another reply in a daily thread) does not count again.</param>
    /// <returns>The new state, or null when the answer did not count.</returns>
    public async Task<ReviewState?> RecordAsync(string platform, string userId, QuestionId question, int score, DateTimeOffset shownAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var state = await reviews.FindAsync(platform, userId, question, cancellationToken);
        if (state is not null && state.LastAnswered >= shownAt)
        {
            return null;
        }

        var next = SpacedRepetition.Next(state ?? ReviewState.New(question, now), score, now);
        await reviews.SaveAsync(platform, userId, next, cancellationToken);
        return next;
    }
}
