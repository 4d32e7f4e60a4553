using Coach.Core.Features.DailyQuestion;
using Coach.Core.Questions;

namespace Coach.Core.Features.MockInterview;

/// <summary>
/// The questions of a new session: from the topic (or the whole bank), those the person has never
/// answered first, then those they did worst on; ties shuffled per person and day, so two
/// sessions in a row are not the same.
/// </summary>
internal static class InterviewPlan
{
    public static IReadOnlyList<QuestionId> Choose(
        IReadOnlyList<Question> bank, string topic, int count, IReadOnlyDictionary<QuestionId, int> latestScores, string userId, DateTimeOffset now)
    {
        IReadOnlyList<string> topics = topic.Length == 0 ? [] : [topic];
        return [.. bank
            .Where(question => NextQuestion.InTopics(question, topics))
            .OrderBy(question => latestScores.TryGetValue(question.Id, out var score) ? score : -1)
            .ThenBy(question => Shuffle(userId, now, question.Id))
            .Take(count)
            .Select(question => question.Id)];
    }

    private static ulong Shuffle(string userId, DateTimeOffset now, QuestionId question) => StableOrder.Key($"{userId}|{now.UtcTicks}|{question}");
}
