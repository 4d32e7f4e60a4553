using System.Globalization;
using Coach.Core.App;
using Coach.Core.App.Text;
using Coach.Core.Channels;
using Coach.Core.Questions;
using Coach.Core.Schedules;

namespace Coach.Core.Features.Admin;

/// <summary>What <c>/coach</c> answers.</summary>
internal static class AdminReplies
{
    public static CoachMessage Help { get; } = new(
        $"Team commands:\n" +
        $"• {ChatCommand.Coach("schedule <cron> [time zone] [topic, topic…] [difficulty easy|medium|hard]")} — when the daily question is posted here, e.g. {ChatCommand.Coach("schedule 0 9 * * MON-FRI Europe/Berlin iam, data protection")}\n" +
        $"• {ChatCommand.Coach("pause")}, {ChatCommand.Coach("resume")} — stop and restart the daily question\n" +
        $"• {ChatCommand.Coach("next")} — post the next question now\n" +
        $"• {ChatCommand.Coach("skip 2026-12-24..2026-12-26")} — no question on those dates\n" +
        $"• {ChatCommand.Coach("topics")} — the topics of the question bank\n" +
        $"• {ChatCommand.Coach("status")} — the next question's time, questions left in this cycle, skipped dates\n" +
        $"• {ChatCommand.Coach("leaderboard [week|month|all]")} — who answered the daily questions here, how many, average score, longest streak\n" +
        $"• {ChatCommand.Coach("team [week|month|all] [share]")} — what the team keeps missing here: weakest topics, most-missed points, how many took part; no names (only you see it unless you add share)\n" +
        $"Personal:\n" +
        $"• {ChatCommand.Coach("progress")} — your mastery per topic, reviews due, streak and last five scores (only you see it)\n" +
        $"• {ChatCommand.Coach("interview-date 2026-12-15")} — practise towards your interview; {ChatCommand.Coach("interview-date clear")} forgets it\n" +
        $"• {ChatCommand.Coach("leaderboard hide-me")} (or {ChatCommand.Coach("leaderboard show-me")}) — stay off leaderboards\n" +
        $"• {ChatCommand.Coach("forget me")} — delete everything Coach keeps about you (asks first); admins: {ChatCommand.Coach("forget @person")}\n" +
        $"Admins:\n" +
        $"• {ChatCommand.Coach("reports")} — open reports and appeals from the Report a problem and I covered buttons; {ChatCommand.Coach("reports accept N")}, {ChatCommand.Coach("reports close N")}");

    public static CoachMessage NotScheduled { get; } = new($"There is no daily question in this channel yet. Start one with {ChatCommand.Coach("schedule 0 9 * * MON-FRI UTC")}.");

    public static CoachMessage AdminsOnly { get; } = new(
        $"Only admins can change this channel's daily question or post one: workspace admins and owners, the person who added Coach here (in Teams), " +
        $"and the people Coach's operator lists in Coach:Admins. Nothing was changed; ask one of them. {ChatCommand.Coach("status")} and {ChatCommand.Coach("topics")} are open to everyone.");

    public static CoachMessage NextTooSoon { get; } = new($"A question was just posted here; {ChatCommand.Coach("next")} works once a minute per channel.");

    public static CoachMessage TooManySkipDates(int max) => new($"A channel can skip at most {max} dates ahead; {ChatCommand.Coach("status")} lists them. Nothing was changed.");

    public static CoachMessage NoQuestions { get; } = new("The question bank has no question for this channel's topics.");

    public static CoachMessage Scheduled(ChannelSettings settings, DailySchedule schedule, DateTimeOffset now) => new(
        $"Daily question scheduled: {settings.Cron} ({settings.TimeZone}), topics: {Topics(settings)}{DifficultyText(settings)}. Next: {Next(schedule, now)}.");

    public static CoachMessage Paused { get; } = new($"Daily question paused. {ChatCommand.Coach("resume")} brings it back.");

    public static CoachMessage Resumed(DailySchedule schedule, DateTimeOffset now) => new($"Daily question resumed. Next: {Next(schedule, now)}.");

    public static CoachMessage Skipping(IReadOnlyList<DateOnly> dates) => new(dates switch
    {
        [] => "No dates to skip; nothing was changed.",
        [var day] => $"No daily question on {Day(day)}.",
        [var first, .., var last] => $"No daily question from {Day(first)} to {Day(last)}.",
    });

    public static CoachMessage Status(ChannelSettings settings, DailySchedule schedule, DateTimeOffset now, int leftInCycle)
    {
        var today = schedule.LocalDate(now);
        var skipped = settings.SkipDates.Where(date => date >= today).Order().Select(Day).ToList();
        return new CoachMessage(string.Join('\n',
            $"Schedule: {settings.Cron} ({settings.TimeZone}){(settings.Paused ? ", paused" : "")}",
            $"Next question: {(settings.Paused ? "paused" : Next(schedule, now))}",
            $"Topics: {Topics(settings)}{DifficultyText(settings)}; {leftInCycle} question(s) left in this cycle",
            $"Skipped dates: {(skipped.Count == 0 ? "none" : string.Join(", ", skipped))}"));
    }

    public static CoachMessage TopicList(IEnumerable<(string Topic, int Questions)> topics) =>
        new("Topics in the question bank:\n" + string.Join('\n', topics.Select(topic => $"• {topic.Topic} ({topic.Questions})")));

    private static string Topics(ChannelSettings settings) => settings.Topics.Count == 0 ? "all" : string.Join(", ", settings.Topics);

    private static string DifficultyText(ChannelSettings settings) => settings.Difficulty is { } difficulty ? $", {difficulty.Name()} questions only" : "";

    private static string Next(DailySchedule schedule, DateTimeOffset now) =>
        schedule.NextSlotAfter(now) is { } next
            ? TimeZoneInfo.ConvertTime(next, schedule.Zone).ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture) + $" {schedule.Zone.Id}"
            : "never (the schedule does not fire again)";

    private static string Day(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
