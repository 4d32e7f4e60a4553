using Coach.Core.App;
using Coach.Core.Features.Leaderboard;
using Coach.Core.Features.Progress;
using Coach.Core.Learning;
using Coach.Core.Ports;

namespace Coach.Core.Features.Team;

/// <summary>
/// <c>coach team [week|month|all] [share]</c> in a channel: for its daily questions, the topics with
/// the lowest average, the most-missed key points with their questions, and how many people took
/// part. No names and no ranking; only the asker sees it unless they add <c>share</c>.
/// </summary>
internal sealed class TeamHandler(IAnswerHistory history, IQuestionBank bank, LearnerClock clock) : ITurnHandler<CommandTurn>
{
    public async Task HandleAsync(CommandTurn turn, TurnContext context, CancellationToken cancellationToken)
    {
        if (turn.Channel.IsDirect)
        {
            await context.ReplyPrivatelyAsync(TeamMessages.ChannelsOnly, cancellationToken);
            return;
        }

        var words = (CoachVerb.Of(turn)?.Rest ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var shared = words.RemoveAll(word => word.Equals("share", StringComparison.OrdinalIgnoreCase)) > 0;
        if (LeaderboardPeriod.Parse(string.Join(' ', words)) is not { } period)
        {
            await context.ReplyPrivatelyAsync(TeamMessages.Usage, cancellationToken);
            return;
        }

        var activity = await history.ChannelAsync(turn.Channel, period.Since(clock.Now), cancellationToken);
        var gaps = TeamGaps.Of(activity, question => bank.Find(question)?.Topic);
        var report = TeamMessages.Report(period, gaps, bank.Find, shared);
        await (shared ? context.ReplyAsync(report, cancellationToken) : context.ReplyPrivatelyAsync(report, cancellationToken));
    }
}
