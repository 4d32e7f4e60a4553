using Coach.Core.Questions;
using Coach.Core.Review;

namespace Coach.Core.Learning;

/// <summary>
/// How well a person knows a topic, 0–100: the mean of their last score on each of its questions,
/// a question never answered counting 0. So mastery grows by covering a topic and by answering well.
/// </summary>
public sealed record TopicMastery(string Topic, int Percent, int Answered, int Questions)
{
    public static IReadOnlyList<TopicMastery> Of(IReadOnlyList<Question> bank, IReadOnlyDictionary<QuestionId, ReviewState> reviews) =>
        [.. bank.GroupBy(question => question.Topic)
            .Select(topic => new TopicMastery(
                topic.Key,
                (int)Math.Round(topic.Average(question => reviews.TryGetValue(question.Id, out var review) ? review.LastScore : 0), MidpointRounding.AwayFromZero),
                topic.Count(question => reviews.ContainsKey(question.Id)),
                topic.Count()))];
}
