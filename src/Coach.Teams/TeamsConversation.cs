using Coach.Core.App;

namespace Coach.Teams;

/// <summary>
/// Where a Teams conversation lives: its Bot Framework service URL, its kind (<c>personal</c>,
/// <c>channel</c>, <c>groupChat</c>) and its id, kept together in <see cref="ChannelRef.Id"/>
/// because every call about it needs all three.
/// </summary>
internal sealed record TeamsConversation(Uri ServiceUrl, string Kind, string Id)
{
    public const string PlatformName = "teams";
    public const string Personal = "personal";
    public const string Channel = "channel";

    private const char Separator = '|';

    public bool IsTeamChannel => Kind == Channel;

    public ChannelRef ToChannel() => new(PlatformName, string.Join(Separator, ServiceUrl.AbsoluteUri, Kind, Id), Kind == Personal);

    public static TeamsConversation Of(ChannelRef channel)
    {
        var parts = channel.Id.Split(Separator, 3);
        return parts.Length == 3 && Uri.TryCreate(parts[0], UriKind.Absolute, out var serviceUrl)
            ? new TeamsConversation(serviceUrl, parts[1], parts[2])
            : throw new ArgumentException($"Not a Teams conversation: {channel.Id}", nameof(channel));
    }

    private const string ThreadMarker = ";messageid=";

    /// <summary>The same conversation seen as a thread of it (a channel thread is its own conversation in the connector).</summary>
    public TeamsConversation Thread(string rootMessageId) => this with { Id = $"{Id}{ThreadMarker}{rootMessageId}" };

    /// <summary>A conversation id split into the channel's and its thread's root message id, if it names a thread.</summary>
    public static (string Root, string? Thread) SplitThread(string conversationId)
    {
        var at = conversationId.IndexOf(ThreadMarker, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? (conversationId, null) : (conversationId[..at], conversationId[(at + ThreadMarker.Length)..]);
    }

    /// <summary>A connector URL under the service URL, joined with exactly one slash (the Agents Playground answers 404 to two).</summary>
    public Uri Url(string path) => new($"{ServiceUrl.AbsoluteUri.TrimEnd('/')}/{path.TrimStart('/')}");
}
