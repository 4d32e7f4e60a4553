namespace Coach.Core.Ports;

/// <summary>
/// Turns taken from a platform (and so acknowledged to it) but not yet worked off, kept under a
/// lease, so that a crash or a lost replica loses none: whoever finds a lease run out takes the
/// turn over. Taking a turn marks its event as processed in the same step (see
/// <see cref="IProcessedEvents"/>), so a repeat is neither taken nor kept.
/// </summary>
public interface ITurnInbox
{
    /// <param name="seen">When the event arrived (it is forgotten a day later, see <see cref="IProcessedEvents"/>).</param>
    /// <param name="leaseFrom">The lease's start, on the clock leases are measured by.</param>
    /// <returns>True the first time the event is taken; false for a repeat, which changes nothing.</returns>
    Task<bool> TryTakeAsync(string platform, string eventId, string turn, string owner, DateTimeOffset seen, DateTimeOffset leaseFrom, CancellationToken cancellationToken);

    /// <summary>The turn was worked off: it is no longer kept (its event stays marked).</summary>
    Task DoneAsync(string platform, string eventId, CancellationToken cancellationToken);

    /// <summary>
    /// Lets go of a kept turn that this process could not queue (its lane was full and the request
    /// gave up, or the host is stopping): its lease is ended at once, so that the next replica to look,
    /// this one included, takes it over instead of renewing it for ever unworked.
    /// </summary>
    Task ReleaseAsync(string platform, string eventId, CancellationToken cancellationToken);

    /// <summary>Extends the lease of every turn <paramref name="owner"/> holds; returns how many.</summary>
    Task<int> RenewAsync(string owner, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Takes over, for <paramref name="owner"/>, the turns whose lease was last renewed before
    /// <paramref name="expiredBefore"/>; a turn is taken over at most <paramref name="maxAttempts"/>
    /// times, so one that brings every replica down is given up.
    /// </summary>
    Task<IReadOnlyList<KeptTurn>> ReclaimAsync(string owner, DateTimeOffset expiredBefore, DateTimeOffset now, int maxAttempts, CancellationToken cancellationToken);
}
