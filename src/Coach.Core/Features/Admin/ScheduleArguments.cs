using System.Diagnostics.CodeAnalysis;
using Coach.Core.App.Text;
using Coach.Core.Questions;
using Coach.Core.Schedules;

namespace Coach.Core.Features.Admin;

/// <summary>
/// <c>&lt;cron&gt; [time zone] [topic, topic…]</c>: five cron fields, then an optional IANA zone
/// (anything with a slash, or UTC), then topics separated by commas, and <c>difficulty easy|medium|hard</c>
/// anywhere after the cron fields.
/// </summary>
internal sealed record ScheduleArguments(string Cron, string TimeZone, IReadOnlyList<string> Topics, Difficulty? Difficulty = null)
{
    private const int CronFields = 5;

    public static bool TryParse(string text, string defaultZone, [NotNullWhen(true)] out ScheduleArguments? arguments, [NotNullWhen(false)] out CoachText? error)
    {
        arguments = null;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length < CronFields)
        {
            error = CoachText.Of($"A schedule needs five cron fields, e.g. {ChatCommand.Coach("schedule 0 9 * * MON-FRI Europe/Berlin")}; got '{text}'.");
            return false;
        }

        var cron = string.Join(' ', words[..CronFields]);
        var rest = words[CronFields..];
        Difficulty? difficulty = null;
        var at = Array.FindIndex(rest, word => word.Equals("difficulty", StringComparison.OrdinalIgnoreCase));
        if (at >= 0)
        {
            if (at + 1 >= rest.Length || !Difficulties.TryParse(rest[at + 1].TrimEnd(','), out var parsed))
            {
                error = CoachText.Of($"A difficulty is one of {string.Join(", ", Difficulties.Names)}, e.g. {ChatCommand.Coach("schedule 0 9 * * MON-FRI UTC difficulty hard")}.");
                return false;
            }

            difficulty = parsed;
            rest = [.. rest[..at], .. rest[(at + 2)..]];
        }

        var zoneWord = rest.Length > 0 && (rest[0].Contains('/', StringComparison.Ordinal) || rest[0].Equals("UTC", StringComparison.OrdinalIgnoreCase)) ? rest[0] : null;
        var zone = zoneWord is null ? defaultZone : zoneWord.Equals("UTC", StringComparison.OrdinalIgnoreCase) ? "UTC" : zoneWord;
        var topicText = string.Join(' ', zoneWord is null ? rest : rest[1..]);
        var topics = topicText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (!DailySchedule.TryCreate(cron, zone, null, out _, out var scheduleError))
        {
            error = scheduleError;
            return false;
        }

        arguments = new ScheduleArguments(cron, zone, topics, difficulty);
        error = null;
        return true;
    }
}
