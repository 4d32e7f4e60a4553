using Coach.Core.App;
using Coach.Core.Channels;
using Coach.Core.Features.DailyQuestion;
using Coach.Core.Ports;
using Coach.Core.Questions;
using Coach.Core.Schedules;
using Microsoft.Extensions.Options;

namespace Coach.Core.Features.Admin;

/// <summary>
/// <c>/coach …</c>: a channel's daily-question settings. Changes are announced in the channel,
/// since they concern the whole team; lists, mistakes and refusals go to the person who typed them.
/// Only <see cref="ChannelAdmins"/> may change a channel or post to it, within bounds.
/// </summary>
internal sealed class CoachAdminHandler(
    IChannelStore channels,
    IDailyPostStore posts,
    IQuestionBank bank,
    DailyQuestionPoster poster,
    ChannelAdmins admins,
    ChannelBounds bounds,
    IOptions<ScheduleOptions> defaults,
    TimeProvider time) : ITurnHandler<CommandTurn>
{
    private static readonly HashSet<string> Changes = ["schedule", "pause", "resume", "next", "skip"];

    public async Task HandleAsync(CommandTurn turn, TurnContext context, CancellationToken cancellationToken)
    {
        var command = CoachVerb.Parse(turn.Text);
        var channel = turn.Channel;
        var settings = await channels.FindAsync(channel, cancellationToken);
        var now = time.GetUtcNow();
        if (Changes.Contains(command.Verb) && !await admins.MayChangeAsync(context, settings, cancellationToken))
        {
            await context.ReplyPrivatelyAsync(AdminReplies.AdminsOnly, cancellationToken);
            return;
        }

        var (reply, announce) = command.Verb switch
        {
            "schedule" => await ScheduleAsync(channel, settings, command.Rest, now, cancellationToken),
            "pause" or "resume" or "skip" or "status" when settings is null => (AdminReplies.NotScheduled, false),
            "pause" => await SaveAsync(settings! with { Paused = true }, AdminReplies.Paused, cancellationToken),
            "resume" => await SaveAsync(settings! with { Paused = false, ActiveSince = now }, AdminReplies.Resumed(Schedule(settings), now), cancellationToken),
            "skip" => await SkipAsync(settings!, command.Rest, now, cancellationToken),
            "status" => (AdminReplies.Status(settings!, Schedule(settings!), now, await LeftInCycleAsync(settings!, cancellationToken)), false),
            "next" => await PostNextAsync(context, settings, now, cancellationToken),
            "topics" => (AdminReplies.TopicList(bounds.BankTopics()), false),
            _ => (AdminReplies.Help, false),
        };

        if (reply is null)
        {
            return;
        }

        await (announce ? context.ReplyAsync(reply, cancellationToken) : context.ReplyPrivatelyAsync(reply, cancellationToken));
    }

    private async Task<(CoachMessage, bool)> ScheduleAsync(ChannelRef channel, ChannelSettings? settings, string rest, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!ScheduleArguments.TryParse(rest, defaults.Value.TimeZone, out var arguments, out var error))
        {
            return (new CoachMessage(error), false);
        }

        if (bounds.Refusal(arguments, now) is { } refusal)
        {
            return (new CoachMessage(refusal), false);
        }

        var updated = new ChannelSettings(channel, arguments.Cron, arguments.TimeZone, arguments.Topics, settings?.SkipDates ?? [], Paused: false, ActiveSince: now, settings?.AddedBy, arguments.Difficulty);
        return await SaveAsync(updated, AdminReplies.Scheduled(updated, Schedule(updated), now), cancellationToken);
    }

    private async Task<(CoachMessage, bool)> SkipAsync(ChannelSettings settings, string rest, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!SkipDates.TryParse(rest, out var dates, out var error))
        {
            return (new CoachMessage(error), false);
        }

        // Dates gone by skip nothing any more; dropping them keeps the list to what is still ahead.
        var today = Schedule(settings).LocalDate(now);
        var skipped = settings.SkipDates.Union(dates).Where(date => date >= today).Order().ToList();
        if (skipped.Count > ChannelBounds.MaxSkipDates)
        {
            return (AdminReplies.TooManySkipDates(ChannelBounds.MaxSkipDates), false);
        }

        return await SaveAsync(settings with { SkipDates = skipped }, AdminReplies.Skipping(dates), cancellationToken);
    }

    private async Task<(CoachMessage?, bool)> PostNextAsync(TurnContext context, ChannelSettings? settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!await bounds.TryTakeNextAsync(context.Turn.Channel, now, cancellationToken))
        {
            return (AdminReplies.NextTooSoon, false);
        }

        var post = await poster.PostNextAsync(context.Turn.Channel, settings?.Filter ?? QuestionFilter.All, context.Platform, cancellationToken);
        return post is null ? (AdminReplies.NoQuestions, false) : (null, false);
    }

    private async Task<int> LeftInCycleAsync(ChannelSettings settings, CancellationToken cancellationToken)
    {
        var cycle = await posts.CurrentCycleAsync(settings.Channel, cancellationToken);
        var asked = await posts.AskedInCycleAsync(settings.Channel, cycle, cancellationToken);
        var candidates = bank.Questions.Where(settings.Filter.Matches).ToList();
        var left = candidates.Count(question => !asked.Contains(question.Id));
        return left == 0 ? candidates.Count : left;
    }

    private async Task<(CoachMessage, bool)> SaveAsync(ChannelSettings settings, CoachMessage reply, CancellationToken cancellationToken)
    {
        await channels.SaveAsync(settings, cancellationToken);
        return (reply, true);
    }

    // Stored settings were validated when saved; the default zone is validated at start-up.
    private static DailySchedule Schedule(ChannelSettings settings) =>
        settings.TryGetSchedule(out var schedule, out var error)
            ? schedule
            : throw new InvalidOperationException($"Stored schedule of {settings.Channel.Id} is invalid: {error}");
}
