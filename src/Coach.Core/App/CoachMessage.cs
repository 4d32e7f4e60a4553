namespace Coach.Core.App;

/// <summary>
/// What Coach says: plain text (what notifications and simple clients show) and structured parts
/// that each adapter renders its own way (Block Kit, an Adaptive Card, HTML). A message with
/// <see cref="HasContentParts">content parts</see> says everything in them, and its text is only
/// the fallback; one with buttons alone shows its text above them. Text here is never platform
/// markup; adapters escape it.
/// </summary>
public sealed record CoachMessage(string Text, IReadOnlyList<MessagePart> Parts)
{
    public CoachMessage(string text)
        : this(text, [])
    {
    }

    /// <summary>Whether the parts carry the message (cards, paragraphs), not just buttons under its text.</summary>
    public bool HasContentParts => Parts.Any(part => part is not ButtonRow);

    public IEnumerable<T> PartsOf<T>()
        where T : MessagePart => Parts.OfType<T>();
}
