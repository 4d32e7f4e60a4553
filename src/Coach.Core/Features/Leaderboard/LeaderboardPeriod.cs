namespace Coach.Core.Features.Leaderboard;

/// <summary>The stretch a leaderboard (or the team's gaps) covers: the last 7 days, the last 30, or all time.</summary>
/// <param name="Word">How a command names it: <c>week</c>, <c>month</c>, <c>all</c>.</param>
internal sealed record LeaderboardPeriod(string Word, string Name, int? Days)
{
    public static LeaderboardPeriod Week { get; } = new("week", "this week", 7);

    public static LeaderboardPeriod Month { get; } = new("month", "this month", 30);

    public static LeaderboardPeriod All { get; } = new("all", "all time", null);

    /// <summary>The period named, <see cref="Week"/> when none is; null for anything else.</summary>
    public static LeaderboardPeriod? Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "" or "week" => Week,
        "month" => Month,
        "all" or "ever" => All,
        _ => null,
    };

    public DateTimeOffset Since(DateTimeOffset now) => Days is { } days ? now.AddDays(-days) : DateTimeOffset.MinValue;
}
