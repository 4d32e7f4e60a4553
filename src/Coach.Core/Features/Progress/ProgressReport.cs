using Coach.Core.Learning;
using Coach.Core.Questions;

namespace Coach.Core.Features.Progress;

/// <summary>What a person's dashboard shows (<c>coach progress</c>, Slack's Home tab).</summary>
/// <param name="Due">The questions due for review, soonest first.</param>
/// <param name="LastScores">Newest first.</param>
/// <param name="Preparation">The interview countdown, when the person has set a date.</param>
/// <param name="Reminder">Their reminder, if they set one, read in <paramref name="Zone"/>.</param>
internal sealed record ProgressReport(
    IReadOnlyList<TopicMastery> Mastery,
    IReadOnlyList<QuestionId> Due,
    int Streak,
    IReadOnlyList<int> LastScores,
    InterviewPreparation.Status? Preparation,
    Reminder? Reminder,
    TimeZoneInfo Zone);
