using System.Collections.Concurrent;
using System.Data.Common;
using Coach.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coach.Core.App;

/// <summary>
/// Takes each platform event once and keeps its turn in storage (<see cref="ITurnInbox"/>) until
/// it has been worked off. A platform that has its acknowledgement does not send the event again,
/// so a turn only held in memory would be lost with the process; kept, it is taken over by the
/// next replica to find its lease run out, or by this one restarted.
/// </summary>
public sealed partial class TurnInbox(
    ITurnInbox store, PendingTurns queue, ChatPlatforms platforms, IOptions<TurnOptions> options, TimeProvider time, ILogger<TurnInbox> logger)
{
    /// <summary>Takeovers of one turn before it is given up (it may be what brings replicas down).</summary>
    public const int MaxAttempts = 3;

    /// <summary>
    /// Leases are measured in real time: they say whether a process is alive, which a simulated
    /// calendar (a test's <see cref="TimeProvider"/>) does not. Everything else uses the injected clock.
    /// </summary>
    public static TimeProvider LeaseClock => TimeProvider.System;

    // Turns worked off while storage could not record it; recorded on the next keep-alive.
    private readonly ConcurrentDictionary<(string Platform, string Key), byte> _doneUnrecorded = new();

    /// <summary>This process, as the holder of leases.</summary>
    public string Owner { get; } = Guid.NewGuid().ToString("N");

    /// <param name="key">The event's id, unique on its platform (a Slack event id; a Teams conversation and activity id).</param>
    /// <returns>
    /// <see cref="TurnAcceptance.Duplicate"/> when the event was taken before (a retry, or another replica), and
    /// <see cref="TurnAcceptance.TryLater"/> when storage could not record it: either way nothing is queued.
    /// </returns>
    public async Task<TurnAcceptance> TakeOnceAsync(string key, Turn turn, IChatPlatform platform, CancellationToken cancellationToken)
    {
        bool taken;
        try
        {
            taken = await store.TryTakeAsync(platform.Name, key, TurnJson.Write(turn), Owner, time.GetUtcNow(), LeaseClock.GetUtcNow(), cancellationToken);
        }
        catch (DbException ex)
        {
            LogNotTaken(platform.Name, key, ex.Message);
            return TurnAcceptance.TryLater;
        }

        if (!taken)
        {
            return TurnAcceptance.Duplicate;
        }

        await EnqueueOrReleaseAsync(turn, platform, key, cancellationToken);
        return TurnAcceptance.Taken;
    }

    /// <summary>
    /// As <see cref="TakeOnceAsync"/>, for a platform that will not deliver the turn again while
    /// someone waits for an answer (a Slack command or button press, a Teams activity): when storage
    /// is down nothing can be kept, and the turn is worked off from memory instead, so that what
    /// needs no storage still answers and the rest says "try again".
    /// </summary>
    /// <returns><see cref="TurnAcceptance.Duplicate"/> when the turn was taken before: nothing is queued; else <see cref="TurnAcceptance.Taken"/>.</returns>
    public async Task<TurnAcceptance> AcceptAsync(string key, Turn turn, IChatPlatform platform, CancellationToken cancellationToken)
    {
        var accepted = await TakeOnceAsync(key, turn, platform, cancellationToken);
        if (accepted != TurnAcceptance.TryLater)
        {
            return accepted;
        }

        LogTakenUnkept(platform.Name, key);
        await queue.EnqueueAsync(turn, platform, cancellationToken);
        return TurnAcceptance.Taken;
    }

    // A kept turn that never reaches a lane would be renewed by this process for ever and never worked
    // off, and the platform's retry refused as a repeat. Released, it is taken over like an orphan.
    private async Task EnqueueOrReleaseAsync(Turn turn, IChatPlatform platform, string key, CancellationToken cancellationToken)
    {
        try
        {
            await queue.EnqueueAsync(turn, platform, key, cancellationToken);
        }
        catch (Exception ex)
        {
            try
            {
                // Not the given token: it is usually the one that was just cancelled.
                await store.ReleaseAsync(platform.Name, key, CancellationToken.None);
            }
            catch (Exception release)
            {
                LogReleaseFailed(release, platform.Name, key);
            }

            LogReleased(platform.Name, key, ex.GetType().Name);
            throw;
        }
    }

    /// <summary>Renews this process's leases and takes over turns whose replica is gone. Never throws but for cancellation.</summary>
    public async Task KeepAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var (platform, key) in _doneUnrecorded.Keys)
            {
                await store.DoneAsync(platform, key, cancellationToken);
                _doneUnrecorded.TryRemove((platform, key), out _);
            }

            var now = LeaseClock.GetUtcNow();
            await store.RenewAsync(Owner, now, cancellationToken);
            var reclaimed = await store.ReclaimAsync(Owner, now - options.Value.Lease, now, MaxAttempts, cancellationToken);
            foreach (var kept in reclaimed)
            {
                await RequeueAsync(kept, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogKeepFailed(ex);
        }
    }

    /// <summary>Called once a kept turn has been worked off (or given up on).</summary>
    internal async Task DoneAsync(string platform, string key)
    {
        try
        {
            await store.DoneAsync(platform, key, CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogDoneUnrecorded(ex, platform, key);
            _doneUnrecorded.TryAdd((platform, key), 0);
        }
    }

    private async Task RequeueAsync(KeptTurn kept, CancellationToken cancellationToken)
    {
        var turn = TurnJson.Read(kept.Turn);
        var platform = turn is null ? null : platforms.For(turn.Channel);
        if (turn is null || platform is null)
        {
            // Left kept: a replica that can work it off (that platform configured, this version) may take it over.
            LogCannotRequeue(kept.Platform, kept.EventId);
            return;
        }

        LogTakenOver(kept.Platform, kept.EventId, turn.Kind);
        await EnqueueOrReleaseAsync(turn, platform, kept.EventId, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A {Platform} turn ({Key}) could not be kept: storage unavailable ({Reason})")]
    private partial void LogNotTaken(string platform, string key, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "A {Platform} turn ({Key}) taken without being kept or checked for a repeat, since its platform will not deliver it again")]
    private partial void LogTakenUnkept(string platform, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Taking over a {Platform} turn ({EventId}, {Kind}) left unfinished by a stopped replica")]
    private partial void LogTakenOver(string platform, string eventId, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A kept {Platform} turn ({EventId}) cannot be worked off here: unreadable, or its platform is not configured")]
    private partial void LogCannotRequeue(string platform, string eventId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A kept {Platform} turn ({Key}) could not be queued ({Reason}); released for whichever replica looks next")]
    private partial void LogReleased(string platform, string key, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "A kept {Platform} turn ({Key}) could not be queued nor released; it is taken over once this process stops")]
    private partial void LogReleaseFailed(Exception exception, string platform, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kept turns could not be renewed or taken over this time")]
    private partial void LogKeepFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Platform} turn ({Key}) was worked off but storage could not record it; retried on the next keep-alive")]
    private partial void LogDoneUnrecorded(Exception exception, string platform, string key);
}
