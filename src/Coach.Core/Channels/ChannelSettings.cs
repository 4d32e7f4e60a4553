using System.Diagnostics.CodeAnalysis;
using Coach.Core.App;
using Coach.Core.Questions;
using Coach.Core.Schedules;

namespace Coach.Core.Channels;

/// <summary>
/// A channel's daily-question settings, set at run time with <c>/coach schedule …</c> and kept in
/// storage: the cron and IANA time zone of its slot, the topics it draws from (all when empty),
/// the dates it skips, whether it is paused, and since when the schedule holds (slots before that
/// are not owed: a schedule set at 10:00 does not post the 09:00 question it never had), and who
/// added Coach to it, where the platform knows, and the difficulty its questions must have, if any (see <see cref="Ports.IChatPlatform.InstallerIsAdmin"/>).
/// </summary>
public sealed record ChannelSettings(
    ChannelRef Channel,
    string Cron,
    string TimeZone,
    IReadOnlyList<string> Topics,
    IReadOnlyList<DateOnly> SkipDates,
    bool Paused,
    DateTimeOffset ActiveSince,
    string? AddedBy = null,
    Difficulty? Difficulty = null)
{
    /// <summary>The questions this channel's daily question draws from.</summary>
    public QuestionFilter Filter => new(Topics, Difficulty);

    /// <summary>The channel's cron, zone and skipped dates as a schedule; false with the reason when they are invalid.</summary>
    public bool TryGetSchedule([NotNullWhen(true)] out DailySchedule? schedule, [NotNullWhen(false)] out string? error) =>
        DailySchedule.TryCreate(Cron, TimeZone, SkipDates.ToHashSet(), out schedule, out error);
}
