using Coach.Core.Questions;

namespace Coach.Core.Interviews;

/// <summary>One answered (or skipped) question of a session, with its score and the time it took.</summary>
public sealed record InterviewAnswer(int Position, QuestionId Question, int Score, bool Skipped, TimeSpan Taken);
