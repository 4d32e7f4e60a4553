namespace Coach.Core.Interviews;

/// <summary>
/// An answer already recorded from one message, with its session as it is now (open or finished).
/// <see cref="Text"/> is the answer's own text; <see cref="FromFollowUp"/> says the message was the
/// reply to its follow-up question rather than the answer.
/// </summary>
public sealed record RecordedAnswer(InterviewSession Session, InterviewAnswer Answer, string Text, bool FromFollowUp = false);
