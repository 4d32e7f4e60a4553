using Coach.Core.Questions;
using Coach.Core.Review;

namespace Coach.Core.Ports;

/// <summary>Each person's <see cref="ReviewState"/> of each question they have answered, per platform.</summary>
public interface IReviewStore
{
    Task<ReviewState?> FindAsync(string platform, string userId, QuestionId question, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the person's state of <see cref="ReviewState.Question"/>.</summary>
    Task SaveAsync(string platform, string userId, ReviewState state, CancellationToken cancellationToken);

    /// <summary>Every question the person has answered, soonest due first.</summary>
    Task<IReadOnlyList<ReviewState>> AllAsync(string platform, string userId, CancellationToken cancellationToken);
}
