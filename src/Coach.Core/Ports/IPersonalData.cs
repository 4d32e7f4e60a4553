namespace Coach.Core.Ports;

/// <summary>
/// Everything Coach keeps about a person, as one thing: to forget it on request (<c>coach forget me</c>),
/// to let it age out (<c>Coach:Storage:KeepAnswersFor</c>), and the one choice a person makes about it
/// (staying off leaderboards).
/// </summary>
public interface IPersonalData
{
    /// <summary>
    /// Deletes every row that names the person on <paramref name="platform"/>: interview sessions and their
    /// answers, review states, the interview date, daily-question replies (the channel's thread stays),
    /// the playground's messages by or for them, kept turns of theirs, their leaderboard choice, and their
    /// name as the one who added Coach to a channel. One transaction: all of it goes, or none.
    /// </summary>
    Task<ForgottenData> ForgetAsync(string platform, string userId, CancellationToken cancellationToken);

    /// <summary>Deletes answers and daily-question replies given before <paramref name="before"/>; returns how many.</summary>
    Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken);

    Task SetHiddenFromBoardsAsync(string platform, string userId, bool hidden, CancellationToken cancellationToken);

    /// <summary>The people of <paramref name="platform"/> who asked to be left off leaderboards.</summary>
    Task<IReadOnlySet<string>> HiddenFromBoardsAsync(string platform, CancellationToken cancellationToken);
}

/// <summary>What <see cref="IPersonalData.ForgetAsync"/> deleted, to tell the person.</summary>
/// <param name="Routine">The person's time zone, reminder, days away and dashboard, counted together.</param>
public sealed record ForgottenData(int InterviewSessions, int InterviewAnswers, int ReviewStates, int InterviewDates, int DailyReplies, int Messages, int Routine = 0)
{
    public bool IsEmpty => InterviewSessions + InterviewAnswers + ReviewStates + InterviewDates + DailyReplies + Messages + Routine == 0;
}
