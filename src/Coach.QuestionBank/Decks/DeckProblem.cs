namespace Coach.QuestionBank.Decks;

/// <summary>Something wrong in a content file, at a 1-based line, printed as <c>file:line: message</c>.</summary>
public sealed record DeckProblem(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
