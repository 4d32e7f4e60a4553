using Coach.Core.Questions;

namespace Coach.Core.Features.DailyQuestion;

/// <summary>
/// Which question a channel gets next: none repeats until the channel has seen every question
/// of its topics, then a new cycle starts. The order within a cycle is shuffled, differently for
/// each channel and cycle, and the same on every replica (a hash, not a random generator).
/// </summary>
public static class NextQuestion
{
    /// <returns>The question and the cycle it belongs to, or null when the topics hold no question.</returns>
    public static (Question Question, int Cycle)? Pick(
        IReadOnlyList<Question> bank, QuestionFilter filter, string channelId, int cycle, IReadOnlySet<QuestionId> askedThisCycle)
    {
        var candidates = bank.Where(filter.Matches).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var remaining = candidates.Where(question => !askedThisCycle.Contains(question.Id)).ToList();
        if (remaining.Count == 0)
        {
            (remaining, cycle) = (candidates, cycle + 1);
        }

        return (remaining.MinBy(question => Shuffle(channelId, cycle, question.Id))!, cycle);
    }

    private static ulong Shuffle(string channelId, int cycle, QuestionId question) => StableOrder.Key($"{channelId}|{cycle}|{question}");
}
