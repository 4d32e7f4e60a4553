using Coach.Core.Learning;

namespace Coach.Core.Ports;

/// <summary>When people said they are away (<c>coach away until …</c>).</summary>
public interface IAwayPeriods
{
    Task<IReadOnlyList<AwayPeriod>> ListAsync(string platform, string userId, CancellationToken cancellationToken);

    Task AddAsync(string platform, string userId, AwayPeriod period, CancellationToken cancellationToken);

    /// <summary>
    /// Away from <see cref="AwayPeriod.First"/>: what <see cref="EndAsync"/> does for that day, then
    /// <paramref name="period"/> added, in one step, so a failure leaves the periods as they were.
    /// </summary>
    Task StartAsync(string platform, string userId, AwayPeriod period, CancellationToken cancellationToken);

    /// <summary>
    /// The person is back on <paramref name="today"/>: a period that covers it ends yesterday, and
    /// periods still to come are dropped. Past periods stay, so the streak they kept stays kept.
    /// </summary>
    Task EndAsync(string platform, string userId, DateOnly today, CancellationToken cancellationToken);
}
