using Coach.Core.App;
using Coach.Core.Questions;

namespace Coach.Core.Interviews;

/// <summary>
/// A mock interview in a direct conversation: its questions in order, which one is being asked,
/// and when. One open session per person; <see cref="Finished"/> ones stay as history.
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
    DateTimeOffset LastActivityAt)
{
    public QuestionId Current => Questions[Position];

    public bool IsLast => Position == Questions.Count - 1;
}
