namespace Coach.Core.App;

/// <summary>
/// Who a private message is for and where it is seen: one person, in a conversation, beside a thread
/// when given. <see cref="Handle"/> is the platform's own way of answering the request being
/// answered (Slack's <c>response_url</c>, which works even in channels Coach has not joined),
/// opaque to the core and kept with the turn, so whichever replica works the turn off can use it.
/// </summary>
public sealed record PrivateReply(ChannelRef Channel, ChatUser User, MessageRef? Thread = null, string? Handle = null);
