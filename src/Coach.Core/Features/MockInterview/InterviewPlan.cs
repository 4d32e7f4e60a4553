using Coach.Core.Questions;
using Coach.Core.Review;

namespace Coach.Core.Features.MockInterview;

/// <summary>
/// The questions of a new session. Without a topic: first those due for review (spaced
/// repetition), the most often missed and worst answered first; then those the person has never
/// answered; then the rest, worst first. With a topic, which a person picks to study it, its
/// unseen questions come first, then the worst answered. Ties shuffled per person and day, so two
/// sessions in a row are not the same. Before an interview date, the topics still to cover come
/// first of all: one question from each, weakest topic first, then a second from those that need two.
/// A difficulty keeps only questions the deck marks with it.
/// </summary>
internal static class InterviewPlan
{
    public static IReadOnlyList<QuestionId> Choose(
        IReadOnlyList<Question> bank,
        string topic,
        Difficulty? difficulty,
        int count,
        IReadOnlyDictionary<QuestionId, int> latestScores,
        IReadOnlyDictionary<QuestionId, ReviewState> reviews,
        IReadOnlyList<(string Topic, int Needed)> toCover,
        string userId,
        DateTimeOffset now)
    {
        IReadOnlyList<string> topics = topic.Length == 0 ? [] : [topic];
        var reviewsFirst = topics.Count == 0;
        var ordered = bank
            .Where(new QuestionFilter(topics, difficulty).Matches)
            .Select(question => (question.Id, Review: reviews.GetValueOrDefault(question.Id), Score: latestScores.TryGetValue(question.Id, out var score) ? score : (int?)null))
            .OrderBy(candidate => reviewsFirst && candidate.Review is { } review && review.IsDue(now) ? 0 : candidate.Review is null && candidate.Score is null ? 1 : 2)
            .ThenByDescending(candidate => reviewsFirst ? candidate.Review?.Lapses ?? 0 : 0)
            .ThenBy(candidate => candidate.Review?.LastScore ?? candidate.Score ?? -1)
            .ThenBy(candidate => Shuffle(userId, now, candidate.Id))
            .Select(candidate => candidate.Id)
            .ToList();
        return [.. CoverFirst(bank, ordered, topics.Count == 0 && difficulty is null ? toCover : []).Take(count)];
    }

    private static IEnumerable<QuestionId> CoverFirst(IReadOnlyList<Question> bank, IReadOnlyList<QuestionId> ordered, IReadOnlyList<(string Topic, int Needed)> toCover)
    {
        var topicOf = bank.ToDictionary(question => question.Id, question => question.Topic);
        var first = new List<QuestionId>();
        for (var round = 1; round <= toCover.Select(topic => topic.Needed).DefaultIfEmpty().Max(); round++)
        {
            first.AddRange(toCover
                .Where(topic => topic.Needed >= round)
                .SelectMany(topic => ordered.Where(id => topicOf[id] == topic.Topic && !first.Contains(id)).Take(1))
                .ToList());
        }

        return first.Concat(ordered.Except(first));
    }

    private static ulong Shuffle(string userId, DateTimeOffset now, QuestionId question) => StableOrder.Key($"{userId}|{now.UtcTicks}|{question}");
}
