namespace Coach.Core.App;

/// <summary>
/// For a turn answered within its platform's acknowledgement: holds the turn's first private reply,
/// which the acknowledgement carries instead of a message sent after it. Later replies are sent as usual.
/// </summary>
internal sealed class AcknowledgementAnswer
{
    private CoachMessage? _message;

    public CoachMessage? Message => Volatile.Read(ref _message);

    /// <returns>True when <paramref name="message"/> is the acknowledgement's answer; false when it already has one.</returns>
    public bool TryHold(CoachMessage message) => Interlocked.CompareExchange(ref _message, message, null) is null;
}
