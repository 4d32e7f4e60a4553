using System.Diagnostics.CodeAnalysis;
using Cronos;

namespace Coach.Core.Schedules;

/// <summary>
/// When a channel's daily question is due: a cron expression read in an IANA time zone, minus
/// the dates the team has skipped. A pure function of time: Cronos does the calendar and the
/// daylight-saving arithmetic, so "0 9 * * *" in Europe/Berlin is 09:00 on both sides of a change.
/// </summary>
public sealed class DailySchedule
{
    // Far enough to pass a year of skipped dates; a cron that never fires again ends sooner.
    private const int MaxSkippedInARow = 400;

    private readonly CronExpression _cron;

    private DailySchedule(CronExpression cron, string cronText, TimeZoneInfo zone, IReadOnlySet<DateOnly> skipDates) =>
        (_cron, Cron, Zone, SkipDates) = (cron, cronText, zone, skipDates);

    public string Cron { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>Local dates on which nothing is posted (holidays).</summary>
    public IReadOnlySet<DateOnly> SkipDates { get; }

    /// <summary>Reads a five-field cron expression and an IANA time zone id.</summary>
    /// <param name="error">What is wrong, naming the part that is, for the person who typed it.</param>
    public static bool TryCreate(
        string cron, string timeZone, IReadOnlySet<DateOnly>? skipDates, [NotNullWhen(true)] out DailySchedule? schedule, [NotNullWhen(false)] out string? error)
    {
        schedule = null;
        CronExpression expression;
        try
        {
            expression = CronExpression.Parse(cron.Trim(), CronFormat.Standard);
        }
        catch (CronFormatException ex)
        {
            error = $"'{cron}' is not a cron schedule ({ex.Message.TrimEnd('.')}). Five fields: minute hour day-of-month month day-of-week, e.g. '0 9 * * MON-FRI'.";
            return false;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZone.Trim(), out var zone))
        {
            error = $"'{timeZone}' is not a time zone. Use an IANA name such as 'Europe/Berlin', 'America/New_York' or 'UTC'.";
            return false;
        }

        schedule = new DailySchedule(expression, cron.Trim(), zone, skipDates ?? new HashSet<DateOnly>());
        error = null;
        return true;
    }

    public DailySchedule WithSkipDates(IReadOnlySet<DateOnly> skipDates) => new(_cron, Cron, Zone, skipDates);

    /// <summary>
    /// The shortest gap between two slots in the eight days after <paramref name="from"/> (a week's
    /// pattern and its turn), or null when it fires less than twice. Looks no further than the first
    /// gap shorter than <paramref name="atLeast"/>, so a per-minute cron costs two occurrences.
    /// </summary>
    public TimeSpan? ShortestGap(DateTimeOffset from, TimeSpan atLeast)
    {
        TimeSpan? shortest = null;
        DateTimeOffset? previous = null;
        foreach (var slot in _cron.GetOccurrences(from, from.AddDays(8), Zone))
        {
            if (previous is { } before && (shortest is null || slot - before < shortest))
            {
                shortest = slot - before;
                if (shortest < atLeast)
                {
                    break;
                }
            }

            previous = slot;
        }

        return shortest;
    }

    /// <summary>The first slot strictly after <paramref name="instant"/>, or null if the schedule never fires again.</summary>
    public DateTimeOffset? NextSlotAfter(DateTimeOffset instant)
    {
        var slot = _cron.GetNextOccurrence(instant, Zone, inclusive: false);
        for (var skipped = 0; slot is { } s && IsSkipped(s) && skipped < MaxSkippedInARow; skipped++)
        {
            slot = _cron.GetNextOccurrence(s, Zone, inclusive: false);
        }

        return slot is { } found && !IsSkipped(found) ? found : null;
    }

    /// <summary>The latest slot at or before <paramref name="instant"/>: the one a late scheduler may still owe.</summary>
    public DateTimeOffset? LatestSlotAtOrBefore(DateTimeOffset instant)
    {
        var slot = _cron.GetPreviousOccurrence(instant, Zone, inclusive: true);
        for (var skipped = 0; slot is { } s && IsSkipped(s) && skipped < MaxSkippedInARow; skipped++)
        {
            slot = _cron.GetPreviousOccurrence(s, Zone, inclusive: false);
        }

        return slot is { } found && !IsSkipped(found) ? found : null;
    }

    /// <summary>
    /// The slot to post at <paramref name="now"/>: the latest one, if it is no more than
    /// <paramref name="grace"/> old. An older one was missed (the service was down) and is not
    /// posted late; a question hours after its time would arrive out of place.
    /// </summary>
    public SlotDecision Decide(DateTimeOffset now, TimeSpan grace)
    {
        if (LatestSlotAtOrBefore(now) is not { } slot)
        {
            return SlotDecision.NothingDue;
        }

        return now - slot <= grace ? SlotDecision.Post(slot) : SlotDecision.Missed(slot);
    }

    /// <summary>A slot's date in the channel's own time zone.</summary>
    public DateOnly LocalDate(DateTimeOffset slot) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(slot, Zone).DateTime);

    private bool IsSkipped(DateTimeOffset slot) => SkipDates.Contains(LocalDate(slot));
}
