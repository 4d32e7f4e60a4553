namespace Coach.Core.Interviews;

/// <summary>
/// The follow-up question asked after an answer that missed important key points: the point it
/// asked about and, once the person replied, what the reply brought out.
/// </summary>
/// <param name="KeyPoint">The missed key point the follow-up asked about, as the model answer words it.</param>
/// <param name="Reply">What the person replied; null while Coach waits for it, empty when they skipped it.</param>
/// <param name="FirstScore">The answer's score before the follow-up.</param>
/// <param name="Gained">The key points the answer covers only with the reply.</param>
public sealed record InterviewFollowUp(string KeyPoint, string? Reply, int FirstScore, IReadOnlyList<string> Gained)
{
    public bool Waiting => Reply is null;
}
