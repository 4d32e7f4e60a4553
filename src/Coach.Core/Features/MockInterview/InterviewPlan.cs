using Coach.Core.Features.DailyQuestion;
using Coach.Core.Questions;
using Coach.Core.Review;

namespace Coach.Core.Features.MockInterview;

/// <summary>
/// The questions of a new session. Without a topic: first those due for review (spaced
/// repetition), the most often missed and worst answered first; then those the person has never
/// answered; then the rest, worst first. With a topic, which a person picks to study it, its
/// unseen questions come first, then the worst answered. Ties shuffled per person and day, so two
/// sessions in a row are not the same.
/// </summary>
internal static class InterviewPlan
{
    public static IReadOnlyList<QuestionId> Choose(
        IReadOnlyList<Question> bank,
        string topic,
        int count,
        IReadOnlyDictionary<QuestionId, int> latestScores,
        IReadOnlyDictionary<QuestionId, ReviewState> reviews,
        string userId,
        DateTimeOffset now)
    {
        IReadOnlyList<string> topics = topic.Length == 0 ? [] : [topic];
        var reviewsFirst = topics.Count == 0;
        return [.. bank
            .Where(question => NextQuestion.InTopics(question, topics))
            .Select(question => (question.Id, Review: reviews.GetValueOrDefault(question.Id), Score: latestScores.TryGetValue(question.Id, out var score) ? score : (int?)null))
            .OrderBy(candidate => reviewsFirst && candidate.Review is { } review && review.IsDue(now) ? 0 : candidate.Review is null && candidate.Score is null ? 1 : 2)
            .ThenByDescending(candidate => reviewsFirst ? candidate.Review?.Lapses ?? 0 : 0)
            .ThenBy(candidate => candidate.Review?.LastScore ?? candidate.Score ?? -1)
            .ThenBy(candidate => Shuffle(userId, now, candidate.Id))
            .Take(count)
            .Select(candidate => candidate.Id)];
    }

    private static ulong Shuffle(string userId, DateTimeOffset now, QuestionId question) => StableOrder.Key($"{userId}|{now.UtcTicks}|{question}");
}
