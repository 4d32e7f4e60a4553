using Coach.Core.Ports;

namespace Coach.Core.App;

/// <summary>The platforms Coach is connected to, by name: for posts nobody asked for (the daily question) and for kept turns.</summary>
public sealed class ChatPlatforms(IEnumerable<IChatPlatform> platforms)
{
    private readonly Dictionary<string, IChatPlatform> _byName = platforms.ToDictionary(platform => platform.Name, StringComparer.Ordinal);

    public IChatPlatform? For(ChannelRef channel) => _byName.GetValueOrDefault(channel.Platform);
}
