namespace Coach.Core.Ports;

/// <summary>
/// Platform event ids already handled (a Slack <c>event_id</c>, a Teams activity id), so that a
/// retried delivery causes no second reaction. Ids are forgotten after a day; platforms stop
/// retrying long before.
/// </summary>
public interface IProcessedEvents
{
    /// <returns>True the first time an id is seen; false for every repeat.</returns>
    Task<bool> TryMarkAsync(string platform, string eventId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Forgets ids marked before <paramref name="before"/>; returns how many.</summary>
    Task<int> ForgetAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
