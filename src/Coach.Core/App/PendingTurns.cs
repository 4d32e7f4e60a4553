using System.Threading.Channels;
using Coach.Core.Ports;

namespace Coach.Core.App;

/// <summary>
/// Turns acknowledged to their platform and waiting for Coach. Receivers answer the platform as
/// soon as a turn is queued (Slack waits 3 seconds); <see cref="PendingTurnsWorker"/> does the
/// work. Turns are kept in lanes by conversation: one conversation's turns stay in arrival order
/// (an interview's answers, a thread's replies), while different conversations are worked on at
/// once, so one slow platform call does not hold up everyone else.
/// </summary>
public sealed class PendingTurns
{
    /// <summary>How many conversations are worked on at once.</summary>
    public const int Lanes = 8;

    /// <summary>How many turns may wait in one lane before receivers wait too.</summary>
    public const int LaneCapacity = 250;

    private readonly Channel<QueuedTurn>[] _lanes = [.. Enumerable.Range(0, Lanes).Select(_ => Channel.CreateBounded<QueuedTurn>(new BoundedChannelOptions(LaneCapacity) { SingleReader = true }))];

    public int Count => _lanes.Sum(lane => lane.Reader.Count);

    public ValueTask EnqueueAsync(Turn turn, IChatPlatform platform, CancellationToken cancellationToken) =>
        EnqueueAsync(turn, platform, keptAs: null, cancellationToken);

    /// <param name="keptAs">The key under which <see cref="TurnInbox"/> keeps the turn in storage until it is worked off.</param>
    internal ValueTask EnqueueAsync(Turn turn, IChatPlatform platform, string? keptAs, CancellationToken cancellationToken) =>
        _lanes[LaneOf(turn.Channel)].Writer.WriteAsync(new QueuedTurn(turn, platform, keptAs), cancellationToken);

    internal ChannelReader<QueuedTurn> Lane(int lane) => _lanes[lane].Reader;

    // A stable hash (string.GetHashCode is randomised per process; this need only be stable within one).
    private static int LaneOf(ChannelRef channel) =>
        (int)((uint)StringComparer.Ordinal.GetHashCode($"{channel.Platform}|{channel.Id}") % Lanes);
}

internal readonly record struct QueuedTurn(Turn Turn, IChatPlatform Platform, string? KeptAs);
