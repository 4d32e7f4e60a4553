using Coach.Core.App;
using Coach.Core.Channels;
using Coach.Core.Ports;
using Coach.Core.Schedules;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coach.Core.Features.DailyQuestion;

/// <summary>
/// One pass over every active channel: post the slot that is due (claimed first, so a restart or
/// another replica never posts it twice), skip and log a slot missed beyond the grace window, and
/// reveal the model answer of questions nobody answered in time. A failed post leaves its claim
/// unhandled; once the claim's lease is over, a later pass tries again while the slot is in grace.
/// </summary>
public sealed partial class DailyQuestionScheduler(
    IChannelStore channels,
    ISlotClaims claims,
    IDailyPostStore posts,
    IQuestionBank bank,
    DailyQuestionPoster poster,
    ChatPlatforms platforms,
    IOptions<ScheduleOptions> options,
    TimeProvider time,
    ILogger<DailyQuestionScheduler> logger)
{
    /// <summary>How long a claim is held before another attempt may take over an unfinished slot.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>Channels worked on at once in a pass: a thousand channels sharing a slot are posted in parallel, within the platform's rate limits.</summary>
    public const int ChannelsAtOnce = 8;

    public async Task RunDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var options = new ParallelOptions { MaxDegreeOfParallelism = ChannelsAtOnce, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(await channels.ListActiveAsync(cancellationToken), options, async (settings, token) =>
        {
            try
            {
                await RunChannelAsync(settings, now, token);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
            {
                LogChannelFailed(ex, settings.Channel.Platform, settings.Channel.Id);
            }
        });

        await RevealOverdueAsync(now, cancellationToken);
    }

    private async Task RunChannelAsync(ChannelSettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!settings.TryGetSchedule(out var schedule, out var error))
        {
            LogBadSchedule(settings.Channel.Platform, settings.Channel.Id, error);
            return;
        }

        var decision = schedule.Decide(now, options.Value.MisfireGrace);
        if (decision.Slot is not { } slot || slot < settings.ActiveSince
            || !await claims.TryClaimAsync(settings.Channel, slot, now, Lease, cancellationToken))
        {
            return;
        }

        if (decision.Action == SlotAction.Missed)
        {
            LogMissed(settings.Channel.Platform, settings.Channel.Id, slot, options.Value.MisfireGrace);
            await claims.MarkHandledAsync(settings.Channel, slot, now, cancellationToken);
            return;
        }

        if (platforms.For(settings.Channel) is not { } platform)
        {
            LogNoPlatform(settings.Channel.Platform, settings.Channel.Id);
            return;
        }

        await poster.PostNextAsync(settings.Channel, settings.Filter, platform, cancellationToken);
        // Posted: the slot is done even if the host is stopping now, or another replica would post it again.
        await claims.MarkHandledAsync(settings.Channel, slot, time.GetUtcNow(), CancellationToken.None);
    }

    private async Task RevealOverdueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var post in await posts.ListUnrevealedAsync(now - options.Value.RevealAfter, cancellationToken))
        {
            if (bank.Find(post.Question) is { } question
                && platforms.For(post.Channel) is { } platform
                && await posts.TryMarkRevealedAsync(post.Id, null, now, cancellationToken))
            {
                await AnswerReveal.PostAsync(platform, post, question, DailyQuestionMessages.Answer(question), cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Daily question for {Platform} channel {Channel} failed; it is retried while the slot is in grace")]
    private partial void LogChannelFailed(Exception exception, string platform, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Schedule of {Platform} channel {Channel} is invalid: {Error}")]
    private partial void LogBadSchedule(string platform, string channel, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Skipped the {Slot:u} daily question of {Platform} channel {Channel}: missed by more than {Grace}")]
    private partial void LogMissed(string platform, string channel, DateTimeOffset slot, TimeSpan grace);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No {Platform} connection for channel {Channel}; its daily question waits")]
    private partial void LogNoPlatform(string platform, string channel);
}
