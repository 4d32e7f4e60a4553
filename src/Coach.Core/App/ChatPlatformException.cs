namespace Coach.Core.App;

/// <summary>
/// A platform refused what Coach asked of it for a reason the person can act on (Coach is not in
/// the channel, say). The dispatcher tells them <see cref="AdviceForUser"/> instead of apologising.
/// </summary>
public class ChatPlatformException(string message, string adviceForUser, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>What the person waiting should be told, in plain text.</summary>
    public string AdviceForUser { get; } = adviceForUser;
}
