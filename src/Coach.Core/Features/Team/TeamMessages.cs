using Coach.Core.App;
using Coach.Core.App.Text;
using Coach.Core.Features.Leaderboard;
using Coach.Core.Learning;
using Coach.Core.Questions;

namespace Coach.Core.Features.Team;

/// <summary>What <c>coach team</c> answers.</summary>
internal static class TeamMessages
{
    public static CoachMessage ChannelsOnly { get; } = new($"What the team keeps missing belongs to a channel with a daily question: try {ChatCommand.Coach("team")} there. For your own figures, say {ChatCommand.Coach("progress")}.");

    public static CoachMessage Usage { get; } = new($"Try {ChatCommand.Coach("team")}, {ChatCommand.Coach("team month")} or {ChatCommand.Coach("team all")}; add {ChatCommand.Say("share")} to post it for the channel.");

    public static CoachMessage Report(LeaderboardPeriod period, TeamGaps gaps, Func<QuestionId, Question?> find, bool shared)
    {
        if (gaps.People == 0)
        {
            return new CoachMessage(gaps.Questions == 0
                ? $"No daily questions here {period.Name} yet."
                : $"Nobody has answered the daily questions here {period.Name} yet, so there is nothing to show.");
        }

        var lines = new List<CoachText>
        {
            $"What the team keeps missing, {period.Name}: {Count(gaps.Questions, "daily question")}, {Count(gaps.People, "person", "people")} took part.",
        };
        if (gaps.WeakestTopics.Count > 0)
        {
            lines.Add("Weakest topics:");
            lines.AddRange(gaps.WeakestTopics.Select(topic => (CoachText)$"• {topic.Topic}: average {topic.Average}/100 over {Count(topic.Answers, "answer")}"));
        }

        if (gaps.MostMissed.Count > 0)
        {
            lines.Add("Most-missed points:");
            lines.AddRange(gaps.MostMissed.Select(point =>
                (CoachText)$"• “{point.KeyPoint}” ({find(point.Question)?.Title ?? point.Question.ToString()}): missed in {point.Missed} of {Count(point.Answers, "answer")}"));
        }

        if (!shared)
        {
            lines.Add(CoachText.Of($"Only you see this; {ChatCommand.Coach($"team {period.Word} share")} posts it for the channel. Nobody is named in it."));
        }

        return new CoachMessage(CoachText.Join("\n", lines), [.. lines.Select(line => new Paragraph(line))]);
    }

    private static string Count(int n, string one, string? many = null) => $"{n} {(n == 1 ? one : many ?? one + "s")}";
}
