using Coach.Core.Ports;
using Coach.Core.Review;

namespace Coach.Core.Features.Reminders;

/// <summary>What a person has to practise now, for their reminder.</summary>
internal sealed class Nudges(IQuestionBank bank, IReviewStore reviews)
{
    /// <returns>Null when nothing is due and every question has been practised: no reminder then.</returns>
    public async Task<Nudge?> ForAsync(string platform, string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var states = await reviews.AllAsync(platform, userId, cancellationToken);
        var due = DueReviews.Of(states, id => bank.Find(id) is not null, now);
        if (due.Count > 0)
        {
            return new Nudge(due, null);
        }

        var practised = states.Select(state => state.Question).ToHashSet();
        return bank.Questions.FirstOrDefault(question => !practised.Contains(question.Id)) is { } next ? new Nudge([], next) : null;
    }
}
