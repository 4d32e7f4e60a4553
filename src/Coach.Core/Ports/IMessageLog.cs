namespace Coach.Core.Ports;

/// <summary>
/// The history of conversations on a platform that keeps none of its own. In the playground Coach
/// is the chat service, so what people and Coach write is kept here, in the same storage as
/// everything else, and survives a restart. Bodies are the adapter's rendering, opaque to storage.
/// </summary>
public interface IMessageLog
{
    /// <summary>Adds a message (its <see cref="LoggedMessage.Id"/> is ignored) and returns it with the id it was given.</summary>
    /// <remarks>Ids increase in the order messages are appended.</remarks>
    Task<LoggedMessage> AppendAsync(LoggedMessage message, CancellationToken cancellationToken);

    /// <summary>Replaces a message's body, as an edit; null when the platform has no such message.</summary>
    Task<LoggedMessage?> EditAsync(string platform, long id, string body, DateTimeOffset editedAt, CancellationToken cancellationToken);

    Task<LoggedMessage?> FindAsync(string platform, long id, CancellationToken cancellationToken);

    /// <summary>The platform's last <paramref name="limit"/> messages, oldest first.</summary>
    Task<IReadOnlyList<LoggedMessage>> LatestAsync(string platform, int limit, CancellationToken cancellationToken);
}
