using Coach.Core.App;

namespace Coach.Core.Learning;

/// <summary>One person's line on a channel's leaderboard.</summary>
/// <param name="Name">How the person is shown: their name as last seen, until the platform gives a better one.</param>
public sealed record Standing(ChatUser Person, string Name, int Answered, int AverageScore, int LongestStreak)
{
    /// <summary>
    /// Everyone who replied to the channel's daily questions, most answered first, then best average.
    /// A person's first reply to each question is the one that counts; the streak is daily questions
    /// answered in a row, so weekends and skipped days do not break it.
    /// </summary>
    public static IReadOnlyList<Standing> Of(ChannelActivity activity) =>
        [.. activity.Replies
            .GroupBy(reply => reply.User.Id)
            .Select(person =>
            {
                var first = person.GroupBy(reply => reply.PostId).Select(post => post.MinBy(reply => reply.At)!).ToList();
                var answered = first.Select(reply => reply.PostId).ToHashSet();
                var latest = person.MaxBy(reply => reply.At)!.User;
                return new Standing(
                    latest,
                    latest.Name,
                    first.Count,
                    (int)Math.Round(first.Average(reply => reply.Score), MidpointRounding.AwayFromZero),
                    Streak.Longest(activity.Posts.Select(answered.Contains)));
            })
            .OrderByDescending(standing => standing.Answered)
            .ThenByDescending(standing => standing.AverageScore)
            .ThenByDescending(standing => standing.LongestStreak)
            .ThenBy(standing => standing.Name, StringComparer.OrdinalIgnoreCase)];
}
