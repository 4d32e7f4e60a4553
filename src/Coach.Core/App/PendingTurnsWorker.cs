using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Coach.Core.App;

/// <summary>
/// Runs queued turns through Coach, one at a time in each lane (<see cref="PendingTurns"/>), each
/// with a deadline, so no turn can hold up the rest for ever. When the host stops, the turns in
/// hand are finished and the ones still queued are run too: each was acknowledged to its platform,
/// which will not send it again. A turn kept by <see cref="TurnInbox"/> is let go once worked off.
/// </summary>
internal sealed partial class PendingTurnsWorker(PendingTurns queue, CoachApp app, TurnInbox inbox, ILogger<PendingTurnsWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, PendingTurns.Lanes).Select(lane => RunLaneAsync(queue.Lane(lane), stoppingToken)));

    private async Task RunLaneAsync(ChannelReader<QueuedTurn> lane, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var queued in lane.ReadAllAsync(stoppingToken))
            {
                await RunAsync(queued);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: drain below.
        }

        var drained = 0;
        while (lane.TryRead(out var queued))
        {
            await RunAsync(queued);
            drained++;
        }

        if (drained > 0)
        {
            LogDrained(drained);
        }
    }

    // Not tied to the host's stopping token: a turn under way is finished, within its own deadline
    // (the host's shutdown timeout bounds the whole drain).
    private async Task RunAsync(QueuedTurn queued)
    {
        using var deadline = new CancellationTokenSource(Deadline);
        try
        {
            await app.DispatchAsync(queued.Turn, queued.Platform, deadline.Token);
        }
        catch (OperationCanceledException)
        {
            LogDeadlineMissed(queued.Turn.Kind, queued.Turn.Channel.Platform, Deadline);
        }

        // Also after a missed deadline: a turn that cannot be worked off in time is not tried for ever.
        if (queued.KeptAs is { } key)
        {
            await inbox.DoneAsync(queued.Platform.Name, key);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Kind} turn from {Platform} took longer than {Deadline} and was stopped")]
    private partial void LogDeadlineMissed(string kind, string platform, TimeSpan deadline);

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping: finished {Drained} queued turn(s) of a lane")]
    private partial void LogDrained(int drained);
}
