using Coach.Core.Learning;

namespace Coach.Core.Features.Progress;

/// <summary>What <c>coach progress</c> shows.</summary>
/// <param name="LastScores">Newest first.</param>
/// <param name="Preparation">The interview countdown, when the person has set a date.</param>
internal sealed record ProgressReport(
    IReadOnlyList<TopicMastery> Mastery,
    int Due,
    int Streak,
    IReadOnlyList<int> LastScores,
    InterviewPreparation.Status? Preparation);
