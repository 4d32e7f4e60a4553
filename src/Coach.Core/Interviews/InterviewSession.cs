using Coach.Core.App;
using Coach.Core.Questions;

namespace Coach.Core.Interviews;

/// <summary>
/// A mock interview in a direct conversation: its questions in order, which one is being asked,
/// and when. One open session per person; <see cref="Finished"/> ones stay as history.
/// <see cref="FollowUp"/> is the key point of a follow-up question waiting for its reply: the
/// current question is answered, and the session moves on once the follow-up is replied to or skipped.
/// </summary>
public sealed record InterviewSession(
    long Id,
    ChannelRef Channel,
    string UserId,
    IReadOnlyList<QuestionId> Questions,
    int Position,
    bool Finished,
    int HintsUsed,
    DateTimeOffset StartedAt,
    DateTimeOffset AskedAt,
    DateTimeOffset LastActivityAt,
    string? FollowUp = null)
{
    public QuestionId Current => Questions[Position];

    public bool IsLast => Position == Questions.Count - 1;
}
