using Coach.Core.Grading;
using Coach.Core.Questions;

namespace Coach.Core.Ports;

/// <summary>
/// Grades a free-text answer against a question's model answer. Deterministic: the same answer
/// to the same question always gets the same grade. In-memory and fast, so synchronous.
/// </summary>
public interface IAnswerGrader
{
    AnswerGrade Grade(Question question, string answer);
}
