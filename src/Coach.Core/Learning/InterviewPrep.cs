using Coach.Core.Questions;

namespace Coach.Core.Learning;

/// <summary>
/// What is left to practise before an interview: every topic at least once since the date was
/// set, and the weakest third of the topics (at least one) twice.
/// </summary>
public static class InterviewPrep
{
    /// <summary>Each topic that still needs practice, weakest first, with how many more questions it needs.</summary>
    /// <param name="sinceSet">The person's graded answers since they set the date.</param>
    public static IReadOnlyList<(string Topic, int Needed)> Remaining(
        IReadOnlyList<Question> bank, IReadOnlyList<TopicMastery> mastery, IReadOnlyList<ScoredAnswer> sinceSet)
    {
        var topicOf = bank.ToDictionary(question => question.Id, question => question.Topic);
        var practised = sinceSet.Where(answer => topicOf.ContainsKey(answer.Question))
            .GroupBy(answer => topicOf[answer.Question])
            .ToDictionary(group => group.Key, group => group.Select(answer => answer.Question).Distinct().Count());
        var weakestFirst = mastery.OrderBy(topic => topic.Percent).ThenBy(topic => topic.Topic, StringComparer.Ordinal).ToList();
        var weak = (int)Math.Ceiling(weakestFirst.Count / 3.0);
        return [.. weakestFirst
            .Select((topic, rank) => (topic.Topic, Needed: Math.Min(rank < weak ? 2 : 1, topic.Questions) - practised.GetValueOrDefault(topic.Topic)))
            .Where(topic => topic.Needed > 0)];
    }

    /// <summary>Whole days from today until the interview; negative once it is past.</summary>
    public static int DaysUntil(InterviewDate interview, DateTimeOffset now, TimeZoneInfo zone) =>
        interview.Date.DayNumber - Streak.Day(now, zone).DayNumber;
}
