namespace Coach.Core.App;

/// <summary>
/// What Coach says: plain text (what notifications and simple clients show) and structured parts
/// that each adapter renders its own way (Block Kit, an Adaptive Card, HTML). Text here is never
/// platform markup; adapters escape it.
/// </summary>
public sealed record CoachMessage(string Text, IReadOnlyList<MessagePart> Parts)
{
    public CoachMessage(string text)
        : this(text, [])
    {
    }

    public IEnumerable<T> PartsOf<T>()
        where T : MessagePart => Parts.OfType<T>();
}
