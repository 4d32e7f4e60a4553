using Coach.Core.App;
using Coach.Core.App.Text;
using Coach.Core.Channels;
using Coach.Core.Features.DailyQuestion;
using Coach.Core.Features.MockInterview;
using Coach.Core.Features.Progress;
using Coach.Core.Ports;
using Microsoft.Extensions.Options;

namespace Coach.Core.Features.Welcome;

/// <summary>
/// Coach joined a channel: the channel gets the configured daily schedule (unless it already has
/// one) and a welcome saying how to change it. In a direct conversation, the welcome explains mock
/// interviews instead, and the person's dashboard follows it.
/// </summary>
internal sealed class BotAddedHandler(IChannelStore channels, Dashboard dashboard, IOptions<ScheduleOptions> defaults, TimeProvider time) : ITurnHandler<BotAddedTurn>
{
    public async Task HandleAsync(BotAddedTurn turn, TurnContext context, CancellationToken cancellationToken)
    {
        var channel = turn.Channel;
        if (channel.IsDirect)
        {
            await context.ReplyAsync(new CoachMessage($"Hi, I'm Coach.\n{MockInterviewMessages.HelpText}"), cancellationToken);

            // Installed for a person (Teams): the welcome brings their dashboard, kept up to date after each answer.
            await dashboard.PostCardAsync(context.Platform, turn.User, channel, cancellationToken);
            return;
        }

        // Whoever adds Coach is remembered: where the platform says so, that person may change its settings.
        var existing = await channels.FindAsync(channel, cancellationToken);
        if (existing is null)
        {
            var settings = new ChannelSettings(channel, defaults.Value.Cron, defaults.Value.TimeZone, [], [], Paused: false, ActiveSince: time.GetUtcNow(), turn.User.Id);
            await channels.SaveAsync(settings, cancellationToken);
        }
        else if (existing.AddedBy is null)
        {
            await channels.SaveAsync(existing with { AddedBy = turn.User.Id }, cancellationToken);
        }

        var current = (await channels.FindAsync(channel, cancellationToken))!;
        await context.ReplyAsync(
            new CoachMessage(
                $"Hi, I'm Coach. I'll post an interview question here on the schedule {current.Cron} ({current.TimeZone}); reply in its thread for the model answer and feedback. " +
                $"Change it with {ChatCommand.Coach("schedule")}, see everything with {ChatCommand.Coach("help")}, or ask me anything with {ChatCommand.Ask("")}.",
                [new ButtonRow([new Button(CoachActions.StartMockInterview, "Start mock interview")])]),
            cancellationToken);
    }
}
