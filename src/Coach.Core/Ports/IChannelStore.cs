using Coach.Core.App;
using Coach.Core.Channels;

namespace Coach.Core.Ports;

/// <summary>Channel settings in storage, one row a channel, written whole.</summary>
public interface IChannelStore
{
    Task<ChannelSettings?> FindAsync(ChannelRef channel, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the channel's settings.</summary>
    Task SaveAsync(ChannelSettings settings, CancellationToken cancellationToken);

    /// <summary>Every channel with a schedule that is not paused, for the scheduler.</summary>
    Task<IReadOnlyList<ChannelSettings>> ListActiveAsync(CancellationToken cancellationToken);
}
