using Coach.Core.Questions;

namespace Coach.Core.Interviews;

/// <summary>
/// One answered (or skipped) question of a session, with its score and the time it took, and the
/// follow-up question it was asked, if any; <see cref="Score"/> includes what the follow-up brought out.
/// </summary>
public sealed record InterviewAnswer(int Position, QuestionId Question, int Score, bool Skipped, TimeSpan Taken, InterviewFollowUp? FollowUp = null);
