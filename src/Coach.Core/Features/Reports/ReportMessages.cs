using System.Globalization;
using System.Text;
using Coach.Core.App;
using Coach.Core.App.Text;
using Coach.Core.Questions;

namespace Coach.Core.Features.Reports;

/// <summary>What reports and appeals say.</summary>
internal static class ReportMessages
{
    public const int MaxTextLength = 1_000;

    public static CoachMessage AskWhatIsWrong(Question question) => new(
        $"What is wrong with the answer to \"{question.Title}\"? Outdated, wrong, a typo: say it in a line.",
        [
            new Paragraph($"What is wrong with the answer to \"{question.Title}\"? Outdated, wrong, a typo: say it in a line."),
            new TextPrompt(CoachActions.ReportSubmit, "Send report", "e.g. this service was renamed in 2024", question.Id.ToString()),
        ]);

    public static CoachMessage AskForWords(Question question, string keyPoint, int pointIndex) => new(
        $"Which words of your answer covered \"{keyPoint}\"?",
        [
            new Paragraph($"Which words of your answer covered \"{keyPoint}\"? An admin will look; if they agree, those words count for this point from then on."),
            new TextPrompt(CoachActions.AppealSubmit, "Send appeal", "the words you used, e.g. blocks public buckets", ReportButtons.AppealValue(question.Id, pointIndex)),
        ]);

    public static CoachMessage Reported(QuestionReport report) => new(report.Kind == ReportKind.Problem
        ? $"Thanks: report #{report.Number} on \"{report.Question}\" is with the admins."
        : $"Thanks: appeal #{report.Number} is with the admins. If they accept it, \"{report.Text}\" will count for that point.");

    public static CoachMessage NeedsText { get; } = new($"Type a few words in the box (at most {MaxTextLength:N0} characters), then send.");

    public static CoachMessage UnknownQuestion(string value) => new($"I no longer have the question {value}; the bank has changed since.");

    public static CoachMessage AdminsOnly { get; } = new("Only Coach's admins can see and settle reports.");

    public static CoachMessage Usage { get; } = new(
        $"{ChatCommand.Coach("reports")} — the open reports and appeals; {ChatCommand.Coach("reports accept N")} — an appeal's words count for its point from now on; {ChatCommand.Coach("reports close N")} — done with it.");

    public static CoachMessage NotOpen(long number) => new($"There is no open report #{number.ToString(CultureInfo.InvariantCulture)}.");

    public static CoachMessage OnlyAppeals(long number) => new($"Report #{number.ToString(CultureInfo.InvariantCulture)} is a problem report, not an appeal: fix the deck, then {ChatCommand.Coach($"reports close {number.ToString(CultureInfo.InvariantCulture)}")}.");

    public static CoachMessage Accepted(QuestionReport appeal) => new($"Accepted #{appeal.Number}: \"{appeal.Text}\" now covers \"{appeal.KeyPoint}\" in {appeal.Question}.");

    public static CoachMessage Closed(long number) => new($"Closed #{number.ToString(CultureInfo.InvariantCulture)}.");

    public static CoachMessage Open(IReadOnlyList<QuestionReport> reports, Func<QuestionId, Question?> find)
    {
        if (reports.Count == 0)
        {
            return new CoachMessage("No open reports or appeals.");
        }

        var text = new StringBuilder($"{reports.Count} open:");
        foreach (var report in reports)
        {
            var current = find(report.Question);
            var changed = current is null ? " (question gone)" : QuestionVersion.Of(current) != report.QuestionVersion ? " (answer changed since)" : "";
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"#{report.Number} {report.Question}{changed} — ");
            text.Append(report.Kind == ReportKind.Problem
                ? $"problem: \"{report.Text}\""
                : $"appeal on \"{report.KeyPoint}\": \"{report.Text}\"");
            text.Append(CultureInfo.InvariantCulture, $" ({report.UserId}, {report.CreatedAt:yyyy-MM-dd})");
        }

        return new CoachMessage(text.ToString());
    }
}
