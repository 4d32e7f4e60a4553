using Coach.Core.Questions;

namespace Coach.QuestionBank.Decks;

/// <summary>
/// A parsed deck file: the questions that are well formed, and the problems found. A deck with
/// problems still carries its good questions, so one bad heading never hides the rest.
/// </summary>
public sealed record Deck(string Id, string Title, string Path, IReadOnlyList<Question> Questions, IReadOnlyList<DeckProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
