using Coach.Core.App;

namespace Coach.Core.Ports;

/// <summary>
/// Exactly-once daily posts without leader election: every (channel, slot) is claimed under a
/// unique key before anything is posted, so a restart or a second replica claiming the same slot
/// gets <c>false</c> and posts nothing.
/// </summary>
public interface ISlotClaims
{
    Task<bool> TryClaimAsync(ChannelRef channel, DateTimeOffset slot, DateTimeOffset now, CancellationToken cancellationToken);
}
