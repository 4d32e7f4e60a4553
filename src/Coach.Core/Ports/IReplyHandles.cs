using Coach.Core.App;

namespace Coach.Core.Ports;

/// <summary>
/// A platform that answers one request privately through a handle of its own (Slack's
/// <c>response_url</c> works even in channels Coach has not joined), given as
/// <see cref="Turn.ReplyHandle"/>.
/// </summary>
public interface IReplyHandles
{
    /// <returns>The platform answering privately through <paramref name="handle"/>; the platform itself when the handle is not one it gives.</returns>
    IChatPlatform Through(string handle);
}
