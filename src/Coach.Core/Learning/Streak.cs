namespace Coach.Core.Learning;

/// <summary>Days in a row with practice, counted in one time zone.</summary>
public static class Streak
{
    /// <summary>
    /// The days in a row, ending today, on which the person answered something. A streak whose
    /// last day is yesterday is still alive (today's practice may be yet to come); one that ended
    /// earlier is 0. Days the person said they were away (<paramref name="away"/>) neither break
    /// the streak nor add to it.
    /// </summary>
    public static int Current(IEnumerable<DateTimeOffset> answered, DateTimeOffset now, TimeZoneInfo zone, IReadOnlyList<AwayPeriod>? away = null)
    {
        var days = Days(answered, zone);
        bool Away(DateOnly day) => away?.Any(period => period.Contains(day)) == true;
        var today = Day(now, zone);
        var day = days.Contains(today) ? today : today.AddDays(-1);
        var streak = 0;
        while (days.Contains(day) || Away(day))
        {
            streak += days.Contains(day) ? 1 : 0;
            day = day.AddDays(-1);
        }

        return streak;
    }

    /// <summary>The longest run of consecutive items that are true, e.g. daily questions answered in a row.</summary>
    public static int Longest(IEnumerable<bool> inOrder)
    {
        int longest = 0, run = 0;
        foreach (var hit in inOrder)
        {
            run = hit ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    public static DateOnly Day(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    private static HashSet<DateOnly> Days(IEnumerable<DateTimeOffset> answered, TimeZoneInfo zone) => [.. answered.Select(at => Day(at, zone))];
}
