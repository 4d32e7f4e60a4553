namespace Coach.Core.Features.MockInterview;

/// <summary><c>Coach:Interview</c>: how mock interviews follow up on an answer that misses important key points.</summary>
public sealed class InterviewOptions
{
    public const string Section = "Coach:Interview";

    /// <summary>Whether an answer scored below <see cref="FollowUpBelow"/> gets one follow-up question before the model answer.</summary>
    public bool FollowUps { get; set; } = true;

    /// <summary>The score (0–100) an answer must reach to go straight to the model answer.</summary>
    public int FollowUpBelow { get; set; } = 70;
}
