namespace Coach.Core.Ports;

/// <summary>One message of an <see cref="IMessageLog"/>.</summary>
/// <param name="Conversation">The conversation's id on its platform (a channel, a direct conversation).</param>
/// <param name="Thread">The first message of the thread this one replies in; null for a message in the conversation itself.</param>
/// <param name="Author">The user id of who wrote it.</param>
/// <param name="VisibleTo">The only user who sees it, for a private message; null when everyone in the conversation does.</param>
public sealed record LoggedMessage(
    long Id,
    string Platform,
    string Conversation,
    long? Thread,
    string Author,
    string? VisibleTo,
    string Body,
    DateTimeOffset At,
    DateTimeOffset? EditedAt = null);
