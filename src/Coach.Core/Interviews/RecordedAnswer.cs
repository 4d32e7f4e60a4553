namespace Coach.Core.Interviews;

/// <summary>An answer already recorded from one message, with its session as it is now (open or finished).</summary>
public sealed record RecordedAnswer(InterviewSession Session, InterviewAnswer Answer, string Text);
