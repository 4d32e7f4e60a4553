namespace Coach.Core.Questions;

/// <summary>One interview question of a deck with its model answer.</summary>
/// <param name="Topic">The <c>##</c> section the question stands under.</param>
/// <param name="AnswerMarkdown">The model answer exactly as written in the deck.</param>
/// <param name="KeyPoints">
/// What a good answer covers, in plain text: the answer's bullets and numbered steps, and the
/// sentences of its prose. Grading marks each of these covered or missed.
/// </param>
public sealed record Question(
    QuestionId Id,
    string Topic,
    string Title,
    string AnswerMarkdown,
    IReadOnlyList<string> KeyPoints)
{
    public string Deck => Id.Deck;

    public int Number => Id.Number;

    /// <summary>
    /// The model answer as the words a reader sees, for plain text (a notification, a message's fallback,
    /// the CLI): no Markdown marks, bullets as "•". The deck gives it; a question made without one reads its Markdown.
    /// </summary>
    public string AnswerText
    {
        get => field ?? AnswerMarkdown;
        init;
    }

    /// <summary>Difficulty, tags, references and review date, where the deck gives them.</summary>
    public QuestionMetadata Metadata { get; init; } = QuestionMetadata.None;
}
