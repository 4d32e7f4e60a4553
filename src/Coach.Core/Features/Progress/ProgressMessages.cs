using System.Globalization;
using Coach.Core.App;
using Coach.Core.App.Text;
using Coach.Core.Features.MockInterview;
using Coach.Core.Features.Reminders;
using Coach.Core.Learning;

namespace Coach.Core.Features.Progress;

/// <summary>What <c>coach progress</c> and <c>coach interview-date</c> answer.</summary>
internal static class ProgressMessages
{
    private const int BarWidth = 10;

    public static CoachText InterviewDateUsage { get; } =
        CoachText.Of($"Tell me when your interview is with {ChatCommand.Coach("interview-date 2026-12-15")} (year-month-day), or forget it with {ChatCommand.Coach("interview-date clear")}.");

    public static CoachMessage Report(ProgressReport report)
    {
        var lines = new List<CoachText> { "Your progress" };
        var width = report.Mastery.Select(topic => topic.Topic.Length).DefaultIfEmpty().Max();
        lines.AddRange(report.Mastery.Select(topic => (CoachText)
            string.Create(CultureInfo.InvariantCulture, $"{topic.Topic.PadRight(width)}  {Bar(topic.Percent)} {topic.Percent,3}%  ({topic.Answered} of {topic.Questions} answered)")));
        lines.Add(report.Due.Count switch
        {
            0 => "Nothing due for review.",
            1 => CoachText.Of($"1 question due for review: say {ChatCommand.Say("mock")} to practise it."),
            var due => CoachText.Of($"{due} questions due for review: say {ChatCommand.Say("mock")} to practise them."),
        });
        lines.Add(report.Streak switch
        {
            0 => "Streak: none yet; answer a question today to start one.",
            1 => "Streak: 1 day.",
            var days => $"Streak: {days} days in a row.",
        });
        lines.Add(report.LastScores.Count == 0
            ? CoachText.Of($"No graded answers yet: reply to a daily question or say {ChatCommand.Say("mock")}.")
            : $"Last {(report.LastScores.Count == 1 ? "score" : $"{report.LastScores.Count} scores")}, newest first: {string.Join(", ", report.LastScores)}.");
        if (report.Preparation is { } preparation)
        {
            var left = LeftToCover(preparation.LeftToCover, preparation.DaysLeft);
            lines.Add(left.Length == 0 ? Countdown(preparation.Interview, preparation.DaysLeft) : CoachText.Of($"{Countdown(preparation.Interview, preparation.DaysLeft)} {left}"));
        }

        lines.Add(report.Reminder is { } reminder
            ? $"Reminder: {ReminderMessages.When(reminder, report.Zone)}."
            : CoachText.Of($"No reminder: {ChatCommand.Coach("remind 08:30")} sets one."));

        List<Button> buttons = [new Button(CoachActions.StartMockInterview, "Start mock interview")];
        if (report.Due.Count > 0)
        {
            buttons.Add(MockCommand.StartOver("Practise due reviews", report.Due));
        }

        buttons.Add(new Button(CoachActions.SetReminder, report.Reminder is null ? "Set reminder" : "Change reminder"));
        return new CoachMessage(CoachText.Join("\n", lines), [.. lines.Select(line => new Paragraph(line)), new ButtonRow(buttons)]);
    }

    public static CoachMessage InterviewSet(InterviewPreparation.Status preparation) => new(
        $"Noted: {Countdown(preparation.Interview, preparation.DaysLeft)} Until then mock interviews cover every topic at least once and the weakest twice. {LeftToCover(preparation.LeftToCover, preparation.DaysLeft)}");

    public static CoachMessage InterviewCleared { get; } = new("Interview date forgotten; mock interviews go back to your due and weakest questions.");

    public static CoachMessage InterviewInPast(DateOnly date) => new($"{Day(date)} is already past. {InterviewDateUsage}");

    public static CoachMessage InterviewDateInvalid { get; } = new($"That is not a date I can read. {InterviewDateUsage}");

    private static CoachText Countdown(InterviewDate interview, int daysLeft) => daysLeft switch
    {
        < 0 => CoachText.Of($"Your interview was on {Day(interview.Date)}; how did it go? ({ChatCommand.Coach("interview-date clear")} forgets it.)"),
        0 => $"Your interview is today ({Day(interview.Date)}). Good luck!",
        1 => $"Your interview is tomorrow ({Day(interview.Date)}).",
        _ => $"Your interview is on {Day(interview.Date)}, in {daysLeft} days.",
    };

    private static string LeftToCover(IReadOnlyList<(string Topic, int Needed)> left, int daysLeft) => daysLeft < 0
        ? ""
        : left.Count == 0
            ? "Every topic is covered; keep the due reviews going."
            : "Left to cover: " + string.Join(", ", left.Select(topic => topic.Needed == 1 ? topic.Topic : $"{topic.Topic} ({topic.Needed} questions)")) + ".";

    private static string Bar(int percent)
    {
        var filled = (int)Math.Round(percent * BarWidth / 100.0, MidpointRounding.AwayFromZero);
        return new string('█', filled) + new string('░', BarWidth - filled);
    }

    private static string Day(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
