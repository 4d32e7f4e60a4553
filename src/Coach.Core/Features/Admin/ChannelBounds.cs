using System.Globalization;
using Coach.Core.App;
using Coach.Core.Features.DailyQuestion;
using Coach.Core.Ports;
using Coach.Core.Questions;
using Coach.Core.Schedules;
using Microsoft.Extensions.Options;

namespace Coach.Core.Features.Admin;

/// <summary>
/// What even an admin cannot do to a channel: a cron more frequent than <c>Coach:Schedule:MinInterval</c>,
/// topics the bank does not have (or more than 20), more than 50 skipped dates, <c>/coach next</c> more
/// than once a minute. Each would flood a team's channel or grow what every scheduler pass reads.
/// </summary>
internal sealed class ChannelBounds(IQuestionBank bank, ISlotClaims claims, IOptions<ScheduleOptions> options)
{
    public const int MaxTopics = 20;
    public const int MaxSkipDates = 50;

    /// <summary>
    /// <c>/coach next</c> claims a slot of its own per minute, in the same table and so with the same
    /// guarantee across replicas as the daily slots. Its slots are counted in minutes from 0001-01-01, so
    /// they can never be mistaken for a real slot (every schedule starts after the service did).
    /// </summary>
    public async Task<bool> TryTakeNextAsync(ChannelRef channel, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var minute = DateTimeOffset.MinValue.AddMinutes(Math.Floor((now - DateTimeOffset.UnixEpoch).TotalMinutes));
        if (!await claims.TryClaimAsync(channel, minute, now, TimeSpan.FromMinutes(1), cancellationToken))
        {
            return false;
        }

        await claims.MarkHandledAsync(channel, minute, now, cancellationToken);
        return true;
    }

    /// <returns>Why the schedule is refused, for the person who typed it; null when it is within bounds.</returns>
    public string? Refusal(ScheduleArguments arguments, DateTimeOffset now)
    {
        var minimum = options.Value.MinInterval;
        if (DailySchedule.TryCreate(arguments.Cron, arguments.TimeZone, null, out var schedule, out _)
            && schedule.ShortestGap(now, minimum) is { } gap && gap < minimum)
        {
            return $"'{arguments.Cron}' would post every {Duration(gap)}; questions must be at least {Duration(minimum)} apart (Coach:Schedule:MinInterval).";
        }

        if (arguments.Topics.Count > MaxTopics)
        {
            return $"A channel can draw from at most {MaxTopics} topics; that was {arguments.Topics.Count}.";
        }

        var unknown = arguments.Topics.Where(topic => !bank.Questions.Any(new QuestionFilter([topic]).Matches)).ToList();
        return unknown.Count == 0
            ? null
            : $"The question bank has no topic {string.Join(", ", unknown.Select(topic => $"'{topic}'"))}. Its topics are: {string.Join(", ", BankTopics().Select(t => t.Topic))}.";
    }

    public IReadOnlyList<(string Topic, int Count)> BankTopics() =>
        [.. bank.Questions.GroupBy(q => q.Topic).Select(group => (group.Key, group.Count()))];

    private static string Duration(TimeSpan span) => span >= TimeSpan.FromHours(1) && span.Minutes == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0} h")
        : string.Create(CultureInfo.InvariantCulture, $"{span.TotalMinutes:0} min");
}
