using System.Collections.Concurrent;
using Coach.Core.App;
using Coach.Core.Ports;
using Microsoft.Extensions.Logging;

namespace Coach.Teams;

/// <summary>
/// The service URL of each Teams conversation, kept in storage beside it (<see cref="IConversationAddresses"/>)
/// and refreshed from every verified activity: Microsoft says a conversation's service URL may change, and
/// a channel must keep its schedule and threads when it does. Remembered in memory too, so that an activity
/// whose URL is unchanged costs no write, and a post needs no read.
/// </summary>
internal sealed partial class TeamsAddressBook(IConversationAddresses store, TimeProvider time, ILogger<TeamsAddressBook> logger)
{
    private const int MaxKept = 10_000;

    private readonly ConcurrentDictionary<string, (Uri ServiceUrl, bool Stored)> _known = new(StringComparer.Ordinal);

    /// <summary>Notes where <paramref name="channel"/> was reached from. Never throws for storage: this replica still knows, and the next activity tries again.</summary>
    public async Task RememberAsync(ChannelRef channel, Uri serviceUrl, CancellationToken cancellationToken)
    {
        if (_known.TryGetValue(channel.Id, out var known) && known == (serviceUrl, true))
        {
            return;
        }

        // Known here at once, so that this very turn can be answered even while storage is down.
        Keep(channel.Id, serviceUrl, stored: false);
        try
        {
            await store.SetAsync(TeamsConversation.PlatformName, channel.Id, serviceUrl.AbsoluteUri, time.GetUtcNow(), cancellationToken);
            Keep(channel.Id, serviceUrl, stored: true);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogNotStored(ex.GetType().Name);
        }
    }

    /// <summary>The conversation of <paramref name="channel"/> with its latest service URL.</summary>
    /// <exception cref="InvalidOperationException">No activity of that conversation was ever seen.</exception>
    public async Task<TeamsConversation> ResolveAsync(ChannelRef channel, CancellationToken cancellationToken)
    {
        var (kind, id, legacyUrl) = TeamsConversation.Parse(channel);
        if (legacyUrl is not null)
        {
            return new TeamsConversation(legacyUrl, kind, id);
        }

        if (_known.TryGetValue(channel.Id, out var known))
        {
            return new TeamsConversation(known.ServiceUrl, kind, id);
        }

        var stored = await store.FindAsync(TeamsConversation.PlatformName, channel.Id, cancellationToken)
            ?? throw new InvalidOperationException($"No service URL is known for the Teams conversation {channel.Id}.");
        var serviceUrl = new Uri(stored);
        Keep(channel.Id, serviceUrl, stored: true);
        return new TeamsConversation(serviceUrl, kind, id);
    }

    private void Keep(string channelId, Uri serviceUrl, bool stored)
    {
        if (_known.Count >= MaxKept)
        {
            _known.Clear();
        }

        _known[channelId] = (serviceUrl, stored);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Teams conversation's service URL could not be stored ({Reason}); tried again with its next activity")]
    private partial void LogNotStored(string reason);
}
