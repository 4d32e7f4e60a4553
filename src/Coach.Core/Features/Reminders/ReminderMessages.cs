using System.Globalization;
using Coach.Core.App;
using Coach.Core.App.Text;
using Coach.Core.Features.MockInterview;
using Coach.Core.Learning;

namespace Coach.Core.Features.Reminders;

/// <summary>What <c>coach remind</c>, <c>coach away</c> and a reminder itself say.</summary>
internal static class ReminderMessages
{
    public static CoachText Usage { get; } = CoachText.Of(
        $"{ChatCommand.Coach("remind 08:30")} sends you one message on weekdays at that time (yours) when something is due, {ChatCommand.Coach("remind 08:30 daily")} every day, {ChatCommand.Coach("remind off")} stops it. {ChatCommand.Coach("away until 2026-12-24")} pauses it and keeps your streak.");

    public static CoachText AwayUsage { get; } = CoachText.Of(
        $"Say {ChatCommand.Coach("away until 2026-12-24")} (year-month-day) to pause reminders and keep your streak while you are away, and {ChatCommand.Coach("away off")} when you are back early.");

    public static CoachMessage Invalid { get; } = new(CoachText.Of($"That is not a time I can read; use the 24-hour clock. {Usage}"));

    public static CoachMessage None { get; } = new(CoachText.Of($"You have no reminder. {Usage}"));

    public static CoachMessage Off(bool hadOne) => new(hadOne
        ? CoachText.Of($"Reminders are off. {ChatCommand.Coach("remind 08:30")} turns them on again.")
        : None.Text);

    public static CoachMessage Set(Reminder reminder, TimeZoneInfo zone, DateTimeOffset? next) => new(CoachText.Of(
        $"I'll remind you at {When(reminder, zone)} when there is something to practise, at most once a day.{Next(next, zone)} {ChatCommand.Coach("remind off")} stops it."));

    public static CoachMessage Current(Reminder reminder, TimeZoneInfo zone, AwayPeriod? away, DateTimeOffset? next) => new(CoachText.Of(
        $"Your reminder: {When(reminder, zone)}.{(away is null ? "" : $" You are away until {Day(away.Last)}.")}{Next(next, zone)} {ChatCommand.Coach("remind off")} stops it."));

    public static CoachMessage Nudge(Nudge nudge)
    {
        var text = nudge switch
        {
            { Next: { } next } => $"Nothing is due for review. Next new question: “{next.Title}” ({next.Topic}).",
            { Due.Count: 1 } => "1 review is due: a few minutes now keeps it fresh.",
            _ => $"{nudge.Due.Count} reviews are due: a few minutes now keeps them fresh.",
        };
        return new CoachMessage(text,
        [
            new Paragraph(text),
            new ButtonRow(
            [
                MockCommand.StartOver("Practise now", nudge.Questions),
                new Button(CoachActions.RemindTomorrow, "Tomorrow"),
                new Button(CoachActions.StopReminders, "Stop reminders"),
            ]),
        ]);
    }

    public static CoachMessage AskForTime { get; } = new(
        "At what time should I remind you? Your own time, 24-hour clock; add \"daily\" to be reminded at weekends too.",
        [new TextPrompt(CoachActions.ReminderSubmit, "Remind me at", "08:30", "")]);

    public static CoachMessage AskForTimeAgain { get; } = AskForTime with { Text = CoachText.Of($"That is not a time I can read. {AskForTime.Text}") };

    public static CoachMessage Tomorrow(DateTimeOffset? next, TimeZoneInfo zone) => new(next is { } at
        ? $"Fine, not today. Next reminder: {Moment(at, zone)}."
        : "Fine, not today.");

    public static CoachMessage AwaySet(AwayPeriod period) => new(CoachText.Of(
        $"Away until {Day(period.Last)}: no reminders until then, and your streak waits for you. {ChatCommand.Coach("away off")} if you are back early."));

    public static CoachMessage AwayInPast(DateOnly date) => new(CoachText.Of($"{Day(date)} is already past. {AwayUsage}"));

    public static CoachMessage AwayTooLong { get; } = new(CoachText.Of($"That is more than a year away. {AwayUsage}"));

    public static CoachMessage AwayInvalid { get; } = new(CoachText.Of($"That is not a date I can read. {AwayUsage}"));

    public static CoachMessage Back { get; } = new("Welcome back: reminders come again as set.");

    /// <summary>"08:30 on weekdays (Europe/Berlin time)".</summary>
    public static string When(Reminder reminder, TimeZoneInfo zone) =>
        $"{reminder.At.ToString("HH:mm", CultureInfo.InvariantCulture)} {(reminder.Days == ReminderDays.Weekdays ? "on weekdays" : "every day")} ({zone.Id} time)";

    private static string Next(DateTimeOffset? next, TimeZoneInfo zone) => next is { } at ? $" Next: {Moment(at, zone)}." : "";

    private static string Moment(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("ddd d MMM 'at' HH:mm", CultureInfo.InvariantCulture);

    private static string Day(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
