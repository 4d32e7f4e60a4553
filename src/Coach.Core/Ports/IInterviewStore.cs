using Coach.Core.App;
using Coach.Core.Interviews;
using Coach.Core.Questions;

namespace Coach.Core.Ports;

/// <summary>Mock interview sessions and every answer given in them.</summary>
public interface IInterviewStore
{
    /// <summary>The person's open session on that platform, if any.</summary>
    Task<InterviewSession?> FindOpenAsync(string platform, string userId, CancellationToken cancellationToken);

    /// <summary>Starts a session; returns null when the person already has an open one (another replica may have just started it).</summary>
    Task<InterviewSession?> TryStartAsync(ChannelRef channel, string userId, IReadOnlyList<QuestionId> questions, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Stores hints, times and whether it is finished, if the stored session is still at
    /// <paramref name="session"/>'s position; a session another replica has moved on since it was read
    /// is left as it is.
    /// </summary>
    Task SaveAsync(InterviewSession session, CancellationToken cancellationToken);

    /// <summary>
    /// Records the answer at its position and stores <paramref name="movedOn"/> (the session moved on)
    /// in one step; false when that position already has its answer, or the session already has
    /// an answer from the message <paramref name="eventId"/> (a retried message, another replica, a
    /// turn worked off again after a crash), and then nothing changes.
    /// </summary>
    Task<bool> TryRecordAnswerAsync(InterviewSession movedOn, InterviewAnswer answer, string text, string? eventId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>
    /// Records the reply to the follow-up question of the answer at <paramref name="position"/>
    /// (<paramref name="followUp"/>, with the answer's new <paramref name="score"/>) and stores
    /// <paramref name="movedOn"/> in one step; false when that follow-up already has its reply, or is
    /// not waiting for one, and then nothing changes.
    /// </summary>
    Task<bool> TryRecordFollowUpAsync(InterviewSession movedOn, int position, InterviewFollowUp followUp, int score, string? eventId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The text of the answer at <paramref name="position"/> of the session, or null when there is none.</summary>
    Task<string?> AnswerTextAsync(long sessionId, int position, CancellationToken cancellationToken);

    /// <summary>
    /// The answer recorded from the message <paramref name="eventId"/> (as the answer, or as the reply
    /// to its follow-up question) in any of the person's sessions on that platform, or null.
    /// </summary>
    Task<RecordedAnswer?> FindAnswerFromAsync(string platform, string userId, string eventId, CancellationToken cancellationToken);

    Task<IReadOnlyList<InterviewAnswer>> AnswersAsync(long sessionId, CancellationToken cancellationToken);

    /// <summary>The person's latest score on each question they have answered in any session.</summary>
    Task<IReadOnlyDictionary<QuestionId, int>> LatestScoresAsync(string platform, string userId, CancellationToken cancellationToken);
}
