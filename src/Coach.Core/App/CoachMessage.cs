using Coach.Core.App.Text;

namespace Coach.Core.App;

/// <summary>
/// What Coach says: text (what notifications and simple clients show) and structured parts
/// that each adapter renders its own way (Block Kit, an Adaptive Card, HTML). A message with
/// <see cref="HasContentParts">content parts</see> says everything in them, and its text is only
/// the fallback; one with buttons alone shows its text above them. Text here is never platform
/// markup: commands are <see cref="CommandRun"/>s that each adapter writes in its platform's
/// words, and everything else is words that adapters escape.
/// </summary>
public sealed record CoachMessage(CoachText Text, IReadOnlyList<MessagePart> Parts)
{
    public CoachMessage(CoachText text)
        : this(text, [])
    {
    }

    public CoachMessage(CoachTextBuilder text)
        : this(text.Build(), [])
    {
    }

    public CoachMessage(CoachTextBuilder text, IReadOnlyList<MessagePart> parts)
        : this(text.Build(), parts)
    {
    }

    /// <summary>Whether the parts carry the message (cards, paragraphs), not just buttons under its text.</summary>
    public bool HasContentParts => Parts.Any(part => part is not ButtonRow);

    /// <summary>Every text of the message: its own and its paragraphs'.</summary>
    public IEnumerable<CoachText> Texts => PartsOf<Paragraph>().Select(paragraph => paragraph.Text).Prepend(Text);

    public IEnumerable<T> PartsOf<T>()
        where T : MessagePart => Parts.OfType<T>();
}
