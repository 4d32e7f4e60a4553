namespace Coach.Core.Ports;

/// <summary>
/// Where a platform reaches a conversation, for platforms on which that can change while the
/// conversation stays the same one (a Teams service URL "might change", and Teams now moves bots from
/// regional URLs to a global one): kept beside the conversation, refreshed from each verified inbound
/// message, and never part of its identity, so a channel keeps its schedule, threads and history.
/// The core stores it and never reads it.
/// </summary>
public interface IConversationAddresses
{
    Task SetAsync(string platform, string conversationId, string address, DateTimeOffset at, CancellationToken cancellationToken);

    Task<string?> FindAsync(string platform, string conversationId, CancellationToken cancellationToken);
}
