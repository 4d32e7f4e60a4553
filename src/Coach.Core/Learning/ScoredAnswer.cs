using Coach.Core.Questions;

namespace Coach.Core.Learning;

/// <summary>One graded answer of one person: in a mock interview or a daily question's thread.</summary>
public sealed record ScoredAnswer(QuestionId Question, int Score, DateTimeOffset At);
