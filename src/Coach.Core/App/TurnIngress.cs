using Coach.Core.Ports;
using Microsoft.Extensions.Logging;

namespace Coach.Core.App;

/// <summary>
/// The one door into the core, for every platform and every kind of turn (events, commands, button
/// presses, card submits, playground messages). A turn whose route answers within the acknowledgement
/// (see <see cref="CoachRouteTable"/>) is answered at once, under a deadline, and its first private
/// reply travels in the acknowledgement. Every other turn is taken once under its platform's key and
/// kept in storage until it is worked off (<see cref="TurnInbox"/>), or queued from memory where the
/// platform gives no key; either way the platform can be told "ok" at once, and nothing it was told
/// "ok" about is lost with the process.
/// </summary>
public sealed partial class TurnIngress(CoachApp app, TurnInbox inbox, PendingTurns queue, ILogger<TurnIngress> logger)
{
    /// <summary>Long enough for a search, short of Slack's three seconds.</summary>
    public static readonly TimeSpan AnswerDeadline = TimeSpan.FromSeconds(2);

    /// <returns>A value for the adapter to answer its platform with; never a storage exception.</returns>
    public async Task<Acknowledgement> AcceptAsync(InboundTurn inbound, IChatPlatform platform, CancellationToken cancellationToken)
    {
        var turn = inbound.Turn;
        if (inbound.AcknowledgementCanAnswer && app.AnswersWithinAcknowledgement(turn))
        {
            return await AnswerNowAsync(turn, platform, cancellationToken);
        }

        if (inbound.Key is not { } key)
        {
            await queue.EnqueueAsync(turn, platform, cancellationToken);
            return Acknowledgement.Taken;
        }

        turn = turn with { EventId = key };
        var outcome = inbound.DeliveredAgain
            ? await inbox.TakeOnceAsync(key, turn, platform, cancellationToken)
            : await inbox.AcceptAsync(key, turn, platform, cancellationToken);
        if (outcome == TurnAcceptance.Duplicate)
        {
            LogDuplicate(platform.Name, key);
        }

        return new Acknowledgement(outcome);
    }

    // Nothing is kept: the person waits for this very answer, and a platform that gets no
    // acknowledgement shows its own error rather than delivering the command again.
    private async Task<Acknowledgement> AnswerNowAsync(Turn turn, IChatPlatform platform, CancellationToken cancellationToken)
    {
        var answer = new AcknowledgementAnswer();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(AnswerDeadline);
        await app.DispatchAsync(turn, platform, answer, deadline.Token);
        return new Acknowledgement(TurnAcceptance.Taken, answer.Message);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "A {Platform} turn ({Key}) seen before; ignored")]
    private partial void LogDuplicate(string platform, string key);
}
