using Coach.Core.App;
using Coach.Core.Features.Progress;
using Coach.Core.Learning;
using Coach.Core.Ports;

namespace Coach.Core.Features.Leaderboard;

/// <summary>
/// <c>coach leaderboard [week|month|all]</c> in a channel: who answered its daily questions, how
/// many, their average score and longest streak, posted for the whole channel. Scores only: nobody's
/// answer text is ever shown.
/// </summary>
internal sealed class LeaderboardHandler(IAnswerHistory history, IPersonalData personalData, LearnerClock clock) : ITurnHandler<CommandTurn>
{
    public const int Shown = 10;

    public async Task HandleAsync(CommandTurn turn, TurnContext context, CancellationToken cancellationToken)
    {
        var channel = turn.Channel;
        var rest = CoachVerb.Of(turn)?.Rest ?? "";
        var choice = rest.Trim().ToLowerInvariant();
        if (choice is "hide-me" or "show-me")
        {
            await personalData.SetHiddenFromBoardsAsync(channel.Platform, turn.User.Id, choice == "hide-me", cancellationToken);
            await context.ReplyPrivatelyAsync(choice == "hide-me" ? LeaderboardMessages.Hidden : LeaderboardMessages.Shown, cancellationToken);
            return;
        }

        if (channel.IsDirect)
        {
            await context.ReplyPrivatelyAsync(LeaderboardMessages.ChannelsOnly, cancellationToken);
            return;
        }

        if (LeaderboardPeriod.Parse(rest) is not { } period)
        {
            await context.ReplyPrivatelyAsync(LeaderboardMessages.Usage, cancellationToken);
            return;
        }

        var activity = await history.ChannelAsync(channel, period.Since(clock.Now), cancellationToken);
        var standings = new List<Standing>();
        var hidden = await personalData.HiddenFromBoardsAsync(channel.Platform, cancellationToken);
        foreach (var standing in Standing.Of(activity).Where(standing => !hidden.Contains(standing.Person.Id)).Take(Shown))
        {
            standings.Add(standing with { Name = await context.Platform.DisplayNameAsync(standing.Person, cancellationToken) });
        }

        await context.ReplyAsync(LeaderboardMessages.Board(period, activity.Posts.Count, standings), cancellationToken);
    }
}
