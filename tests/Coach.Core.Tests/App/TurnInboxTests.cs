using Coach.Core.App;
using Coach.Core.Ports;
using Coach.Tests;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coach.Core.Tests.App;

/// <summary>Kept turns over the engine's real SQLite file.</summary>
public sealed class TurnInboxTests
{
    /// <summary>
    /// A lane full and the platform's request given up (or the host stopping) cancels the enqueue after the
    /// turn was kept. Before, this process renewed that lease for ever and never worked the turn off, and the
    /// platform's retry was refused as a repeat.
    /// </summary>
    [Fact]
    public async Task A_kept_turn_whose_enqueue_was_cancelled_is_released_and_taken_over_on_the_next_keep_alive()
    {
        await using var engine = await EngineHarness.StartAsync();
        using var requestGone = new CancellationTokenSource();
        var store = new CancelsAfterTaking(engine.Get<ITurnInbox>(), requestGone);
        var inbox = new TurnInbox(
            store, engine.Get<PendingTurns>(), engine.Get<ChatPlatforms>(), engine.Get<IOptions<TurnOptions>>(), engine.Time, engine.Get<ILogger<TurnInbox>>());
        var flow = engine.Flow();
        var turn = new DirectMessageTurn { Channel = new ChannelRef(engine.Platform.Name, $"D-{Guid.NewGuid():N}", IsDirect: true), User = flow.User, Text = "help" };

        await Should.ThrowAsync<OperationCanceledException>(() => inbox.TakeOnceAsync("Ev-cancelled", turn, engine.Platform, requestGone.Token));
        (await inbox.TakeOnceAsync("Ev-cancelled", turn, engine.Platform, CancellationToken.None)).ShouldBe(TurnAcceptance.Duplicate, "the platform's retry is still a repeat");
        engine.Platform.Sent.ShouldBeEmpty();

        await inbox.KeepAsync(CancellationToken.None);

        await Eventually.HoldsAsync(() => engine.Platform.Sent.Any(sent => sent.Channel == turn.Channel));
    }

    /// <summary>The real store, with the request that kept a turn giving up right after.</summary>
    private sealed class CancelsAfterTaking(ITurnInbox inner, CancellationTokenSource request) : ITurnInbox
    {
        public async Task<bool> TryTakeAsync(string platform, string eventId, string turn, string owner, DateTimeOffset seen, DateTimeOffset leaseFrom, CancellationToken cancellationToken)
        {
            var taken = await inner.TryTakeAsync(platform, eventId, turn, owner, seen, leaseFrom, cancellationToken);
            await request.CancelAsync();
            return taken;
        }

        public Task DoneAsync(string platform, string eventId, CancellationToken cancellationToken) => inner.DoneAsync(platform, eventId, cancellationToken);

        public Task ReleaseAsync(string platform, string eventId, CancellationToken cancellationToken) => inner.ReleaseAsync(platform, eventId, cancellationToken);

        public Task<int> RenewAsync(string owner, DateTimeOffset now, CancellationToken cancellationToken) => inner.RenewAsync(owner, now, cancellationToken);

        public Task<IReadOnlyList<KeptTurn>> ReclaimAsync(string owner, DateTimeOffset expiredBefore, DateTimeOffset now, int maxAttempts, CancellationToken cancellationToken) =>
            inner.ReclaimAsync(owner, expiredBefore, now, maxAttempts, cancellationToken);
    }
}
