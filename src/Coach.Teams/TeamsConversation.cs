using Coach.Core.App;

namespace Coach.Teams;

/// <summary>
/// Where a Teams conversation lives: its Bot Framework service URL, its kind (<c>personal</c>,
/// <c>channel</c>, <c>groupChat</c>) and its id. Only the kind and id are its identity
/// (<see cref="ChannelRef.Id"/>, <c>kind|id</c>): the service URL can change under the same
/// conversation, so it is kept beside it (<see cref="TeamsAddressBook"/>) and refreshed from each activity.
/// </summary>
internal sealed record TeamsConversation(Uri ServiceUrl, string Kind, string Id)
{
    public const string PlatformName = "teams";
    public const string Personal = "personal";
    public const string Channel = "channel";

    private const char Separator = '|';

    public bool IsTeamChannel => Kind == Channel;

    public ChannelRef ToChannel() => ChannelOf(Kind, Id);

    public static ChannelRef ChannelOf(string kind, string id) => new(PlatformName, string.Join(Separator, kind, id), kind == Personal);

    /// <summary>
    /// The kind and id of <paramref name="channel"/>, and its service URL where the reference still carries
    /// one (<c>serviceUrl|kind|id</c>, as Coach kept them before migration 11; a turn kept across the
    /// upgrade may still name one).
    /// </summary>
    public static (string Kind, string Id, Uri? ServiceUrl) Parse(ChannelRef channel)
    {
        var parts = channel.Id.Split(Separator, 3);
        return parts switch
        {
            [var url, var kind, var id] when Uri.TryCreate(url, UriKind.Absolute, out var serviceUrl) => (kind, id, serviceUrl),
            [var kind, var id] => (kind, id, null),
            _ => throw new ArgumentException($"Not a Teams conversation: {channel.Id}", nameof(channel)),
        };
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
