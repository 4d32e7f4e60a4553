using System.Threading.Channels;
using Coach.Core.Ports;

namespace Coach.Playground.Chat;

/// <summary>
/// The playground's messages: written to the message log first, so that they survive a restart,
/// then pushed to every open page. A page that connects gets the recent history, then live updates.
/// </summary>
public sealed class PlaygroundFeed(IMessageLog log, TimeProvider time)
{
    /// <summary>How much history a page gets when it connects.</summary>
    public const int HistoryLength = 500;

    private readonly Lock _lock = new();
    private readonly List<Channel<PlaygroundEntry>> _subscribers = [];

    public async Task<PlaygroundEntry> AppendAsync(string conversation, long? thread, string author, string? visibleTo, PlaygroundBody body, CancellationToken cancellationToken)
    {
        var message = new LoggedMessage(0, PlaygroundWorkspace.Platform, conversation, thread, author, visibleTo, body.ToJson(), time.GetUtcNow());
        var entry = PlaygroundEntry.From(await log.AppendAsync(message, cancellationToken));
        Publish(entry);
        return entry;
    }

    /// <returns>The edited message, or null when there is no such message.</returns>
    public async Task<PlaygroundEntry?> EditAsync(long id, PlaygroundBody body, CancellationToken cancellationToken)
    {
        if (await log.EditAsync(PlaygroundWorkspace.Platform, id, body.ToJson(), time.GetUtcNow(), cancellationToken) is not { } edited)
        {
            return null;
        }

        var entry = PlaygroundEntry.From(edited);
        Publish(entry);
        return entry;
    }

    public async Task<PlaygroundEntry?> FindAsync(long id, CancellationToken cancellationToken) =>
        await log.FindAsync(PlaygroundWorkspace.Platform, id, cancellationToken) is { } message ? PlaygroundEntry.From(message) : null;

    /// <summary>The recent history and then every new or edited message, until <paramref name="cancellationToken"/> ends it.</summary>
    /// <remarks>
    /// The subscription starts before the history is read, so nothing falls between the two; a
    /// message in both arrives twice, and the page keeps the last copy of each id.
    /// </remarks>
    public async IAsyncEnumerable<PlaygroundEntry> FollowAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var subscriber = Channel.CreateUnbounded<PlaygroundEntry>(new UnboundedChannelOptions { SingleReader = true });
        lock (_lock)
        {
            _subscribers.Add(subscriber);
        }

        try
        {
            foreach (var message in await log.LatestAsync(PlaygroundWorkspace.Platform, HistoryLength, cancellationToken))
            {
                yield return PlaygroundEntry.From(message);
            }

            await foreach (var entry in subscriber.Reader.ReadAllAsync(cancellationToken))
            {
                yield return entry;
            }
        }
        finally
        {
            lock (_lock)
            {
                _subscribers.Remove(subscriber);
            }
        }
    }

    private void Publish(PlaygroundEntry entry)
    {
        lock (_lock)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(entry);
            }
        }
    }
}
