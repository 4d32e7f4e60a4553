using Coach.Core.Questions;

namespace Coach.Core.Learning;

/// <summary>A topic's average over a channel's daily-question answers.</summary>
public sealed record TopicAverage(string Topic, int Average, int Answers);

/// <summary>A key point of one question, and how many of the answers to it missed it.</summary>
public sealed record MissedPoint(string KeyPoint, QuestionId Question, int Missed, int Answers);

/// <summary>
/// What a channel's team keeps missing over a period: its weakest topics and most-missed key points,
/// and how many people took part. Counts and averages only: nobody is named or ranked.
/// </summary>
public sealed record TeamGaps(int Questions, int People, IReadOnlyList<TopicAverage> WeakestTopics, IReadOnlyList<MissedPoint> MostMissed)
{
    public const int Shown = 3;

    /// <summary>
    /// The gaps in <paramref name="activity"/>: topics by average, lowest first; key points by how many
    /// answers missed them, then by the share that did, then those of the weaker question first. A person's first answer to each question is the one
    /// that counts, as on the leaderboard, so that nobody's second tries weigh twice. Questions no
    /// longer in the bank (<paramref name="topicOf"/> gives null) count for taking part only.
    /// </summary>
    public static TeamGaps Of(ChannelActivity activity, Func<QuestionId, string?> topicOf)
    {
        var firsts = activity.Replies
            .GroupBy(reply => (reply.User.Id, reply.PostId))
            .Select(answers => answers.MinBy(reply => reply.At)!)
            .Where(reply => reply.Question is { } question && topicOf(question) is not null)
            .ToList();
        var weakest = firsts
            .GroupBy(reply => topicOf(reply.Question!.Value)!)
            .Select(topic => new TopicAverage(topic.Key, (int)Math.Round(topic.Average(reply => reply.Score), MidpointRounding.AwayFromZero), topic.Count()))
            .OrderBy(topic => topic.Average)
            .ThenByDescending(topic => topic.Answers)
            .ThenBy(topic => topic.Topic, StringComparer.Ordinal)
            .Take(Shown)
            .ToList();
        var questionAverage = firsts.GroupBy(reply => reply.Question!.Value).ToDictionary(question => question.Key, question => question.Average(reply => reply.Score));
        var mostMissed = firsts
            .Where(reply => reply.Missed is not null)
            .GroupBy(reply => reply.Question!.Value)
            .SelectMany(question => question
                .SelectMany(reply => reply.Missed!.Distinct())
                .GroupBy(point => point)
                .Select(point => new MissedPoint(point.Key, question.Key, point.Count(), question.Count())))
            .OrderByDescending(point => point.Missed)
            .ThenByDescending(point => (double)point.Missed / point.Answers)
            .ThenBy(point => questionAverage[point.Question])
            .ThenBy(point => point.KeyPoint, StringComparer.Ordinal)
            .Take(Shown)
            .ToList();
        return new TeamGaps(activity.Posts.Count, activity.Replies.Select(reply => reply.User.Id).Distinct().Count(), weakest, mostMissed);
    }
}
