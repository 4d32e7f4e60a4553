using Coach.Core.App;

namespace Coach.Core.Ports;

/// <summary>
/// Exactly-once daily posts without leader election: every (channel, slot) is claimed under a
/// unique key before anything is posted, so a restart or a second replica claiming the same slot
/// gets <c>false</c> and posts nothing. A claim is a lease until the slot is marked handled: if
/// its holder crashed or its post failed, another attempt may take it over once the lease is old.
/// </summary>
public interface ISlotClaims
{
    /// <returns>True when this caller now holds the slot: nobody had it, or its lease ran out unhandled.</returns>
    Task<bool> TryClaimAsync(ChannelRef channel, DateTimeOffset slot, DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>The slot is done (posted, or skipped as missed); nobody claims it again.</summary>
    Task MarkHandledAsync(ChannelRef channel, DateTimeOffset slot, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Whether the slot is done: marked handled by some caller.</summary>
    Task<bool> IsHandledAsync(ChannelRef channel, DateTimeOffset slot, CancellationToken cancellationToken);
}
