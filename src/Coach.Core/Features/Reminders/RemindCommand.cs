using System.Globalization;
using Coach.Core.Learning;

namespace Coach.Core.Features.Reminders;

/// <summary>What follows <c>coach remind</c>: a time and the days, <c>off</c>, or nothing (what is set now).</summary>
internal sealed record RemindCommand(RemindCommandKind Kind, TimeOnly At = default, ReminderDays Days = ReminderDays.Weekdays)
{
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H.mm", "HH.mm"];

    /// <returns>Null when the words are neither a time with its days nor <c>off</c>.</returns>
    public static RemindCommand? Parse(string rest)
    {
        var words = rest.Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words switch
        {
            [] => new(RemindCommandKind.Show),
            ["off" or "stop" or "none"] => new(RemindCommandKind.Off),
            [var time] => Time(time, ReminderDays.Weekdays),
            [var time, "weekdays"] => Time(time, ReminderDays.Weekdays),
            [var time, "daily" or "everyday"] => Time(time, ReminderDays.Daily),
            [var time, "every", "day"] => Time(time, ReminderDays.Daily),
            _ => null,
        };
    }

    private static RemindCommand? Time(string text, ReminderDays days) =>
        TimeOnly.TryParseExact(text, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? new(RemindCommandKind.Set, at, days)
            : null;
}

internal enum RemindCommandKind
{
    Show,
    Set,
    Off,
}
