using Coach.Core.App;
using Coach.Core.App.Text;
using Coach.Core.Learning;

namespace Coach.Core.Features.Leaderboard;

/// <summary>What <c>coach leaderboard</c> answers.</summary>
internal static class LeaderboardMessages
{
    public static CoachMessage ChannelsOnly { get; } = new($"Leaderboards belong to channels with a daily question: try {ChatCommand.Coach("leaderboard")} there. For your own figures, say {ChatCommand.Coach("progress")}.");

    public static CoachMessage Hidden { get; } = new($"You are off every leaderboard from now on; your own progress is unchanged. {ChatCommand.Coach("leaderboard show-me")} puts you back.");

    public static CoachMessage Shown { get; } = new($"You are back on leaderboards. {ChatCommand.Coach("leaderboard hide-me")} takes you off again.");

    public static CoachMessage Usage { get; } = new($"Try {ChatCommand.Coach("leaderboard")}, {ChatCommand.Coach("leaderboard month")} or {ChatCommand.Coach("leaderboard all")}.");

    public static CoachMessage Board(LeaderboardPeriod period, int questions, IReadOnlyList<Standing> standings)
    {
        if (standings.Count == 0)
        {
            return new CoachMessage(questions == 0
                ? $"No daily questions here {period.Name} yet."
                : $"Nobody has answered {(questions == 1 ? "the daily question" : $"the {questions} daily questions")} here {period.Name} yet. Reply in a question's thread to get on the board.");
        }

        var lines = new List<string> { $"Leaderboard, {period.Name} ({questions} daily question{(questions == 1 ? "" : "s")}):" };
        lines.AddRange(standings.Select((standing, rank) =>
            $"{rank + 1}. {standing.Name}: {standing.Answered} answered, average {standing.AverageScore}/100, longest streak {standing.LongestStreak}"));
        return new CoachMessage(string.Join('\n', lines), [.. lines.Select(line => new Paragraph(line))]);
    }
}
