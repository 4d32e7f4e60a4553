using System.Threading.Channels;
using Coach.Core.Ports;

namespace Coach.Core.App;

/// <summary>
/// Turns acknowledged to their platform and waiting for Coach, in arrival order. Receivers answer
/// the platform as soon as a turn is queued (Slack waits 3 seconds); <see cref="PendingTurnsWorker"/>
/// does the work.
/// </summary>
public sealed class PendingTurns
{
    /// <summary>How many turns may wait before receivers wait too.</summary>
    public const int Capacity = 1_000;

    private readonly Channel<QueuedTurn> _queue = Channel.CreateBounded<QueuedTurn>(new BoundedChannelOptions(Capacity) { SingleReader = true });

    public int Count => _queue.Reader.Count;

    public ValueTask EnqueueAsync(Turn turn, IChatPlatform platform, CancellationToken cancellationToken) =>
        _queue.Writer.WriteAsync(new QueuedTurn(turn, platform), cancellationToken);

    internal IAsyncEnumerable<QueuedTurn> ReadAllAsync(CancellationToken cancellationToken) => _queue.Reader.ReadAllAsync(cancellationToken);

    internal bool TryRead(out QueuedTurn turn) => _queue.Reader.TryRead(out turn);
}

internal readonly record struct QueuedTurn(Turn Turn, IChatPlatform Platform);
