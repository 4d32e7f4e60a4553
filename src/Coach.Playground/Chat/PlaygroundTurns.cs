using System.Threading.Channels;
using Coach.Core.App;

namespace Coach.Playground.Chat;

/// <summary>
/// Turns waiting for Coach, in arrival order. The page's request is answered as soon as its turn
/// is queued, as Slack expects an acknowledgement before the work; the worker does the work.
/// </summary>
public sealed class PlaygroundTurns
{
    private readonly Channel<Turn> _queue = Channel.CreateBounded<Turn>(new BoundedChannelOptions(1_000) { SingleReader = true });

    public ValueTask EnqueueAsync(Turn turn, CancellationToken cancellationToken) => _queue.Writer.WriteAsync(turn, cancellationToken);

    public IAsyncEnumerable<Turn> ReadAllAsync(CancellationToken cancellationToken) => _queue.Reader.ReadAllAsync(cancellationToken);
}
