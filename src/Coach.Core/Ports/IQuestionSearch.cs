using Coach.Core.Questions;

namespace Coach.Core.Ports;

/// <summary>
/// Finds questions for what people type (<c>/ask what is macie</c>). Searching is in-memory
/// and takes microseconds, so it is synchronous.
/// </summary>
public interface IQuestionSearch
{
    /// <summary>
    /// Searches the question bank. Never throws for any user text: query syntax is not
    /// interpreted, and an empty or meaningless query gives a result that is not confident.
    /// </summary>
    SearchResult Search(string text, int limit = 5);

    /// <summary>Questions about the same things as <paramref name="id"/>, best first, without it.</summary>
    IReadOnlyList<Question> Related(QuestionId id, int limit = 2);
}
