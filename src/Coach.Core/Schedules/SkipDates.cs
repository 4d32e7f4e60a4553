using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Coach.Core.Schedules;

/// <summary>Reads the dates of <c>coach skip 2026-12-24..2026-12-26</c> (or one date).</summary>
public static class SkipDates
{
    /// <summary>A longer range is more likely a typo in the year than a holiday.</summary>
    public const int MaxDays = 366;

    public static bool TryParse(string text, [NotNullWhen(true)] out IReadOnlyList<DateOnly>? dates, [NotNullWhen(false)] out string? error)
    {
        dates = null;
        var parts = text.Trim().Split("..", 2, StringSplitOptions.TrimEntries);
        if (!TryDate(parts[0], out var first) || !TryDate(parts.Length == 2 ? parts[1] : parts[0], out var last))
        {
            error = $"'{text}' is not a date or a range of dates. Write 2026-12-24 or 2026-12-24..2026-12-26.";
            return false;
        }

        var days = last.DayNumber - first.DayNumber + 1;
        if (days <= 0)
        {
            error = $"'{text}' ends before it starts.";
            return false;
        }

        if (days > MaxDays)
        {
            error = $"'{text}' spans {days} days; skip at most {MaxDays} at once.";
            return false;
        }

        dates = [.. Enumerable.Range(0, days).Select(first.AddDays)];
        error = null;
        return true;
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
