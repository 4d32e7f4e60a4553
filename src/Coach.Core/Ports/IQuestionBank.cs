using Coach.Core.Questions;

namespace Coach.Core.Ports;

/// <summary>The questions currently served, from every deck that loaded.</summary>
public interface IQuestionBank
{
    /// <summary>All questions, by deck id and then by number.</summary>
    IReadOnlyList<Question> Questions { get; }

    Question? Find(QuestionId id);
}
