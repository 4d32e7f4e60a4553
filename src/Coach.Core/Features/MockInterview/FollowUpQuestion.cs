using Coach.Core.Grading;

namespace Coach.Core.Features.MockInterview;

/// <summary>
/// The one follow-up question an interviewer asks after an answer that misses important points:
/// which point it asks about, and how it is worded. It names the point's subject, not the point
/// itself, so that the reply shows what the person knows rather than what Coach just told them.
/// </summary>
internal static class FollowUpQuestion
{
    /// <summary>A label before a colon ("Gateway Endpoints: used for S3 …") names a point's subject when it is this short.</summary>
    private const int MaxLabelWords = 5;

    /// <summary>
    /// The point to follow up on: the first the answer missed, in the model answer's order, which
    /// leads with what matters most. None when the answer reached <paramref name="followUpBelow"/>,
    /// covered every point, or touched none at all: a follow-up probes a gap in an answer, and for an
    /// answer that says nothing about the question the model answer is the better next step.
    /// </summary>
    public static string? PointFor(AnswerGrade grade, int followUpBelow) =>
        grade.Score >= followUpBelow || grade.KeyPoints.All(point => point.Coverage == 0)
            ? null
            : grade.Missed.FirstOrDefault()?.KeyPoint;

    /// <summary>"You did not mention Gateway Endpoints. What is it, and where does it fit in your answer?"</summary>
    public static string Wording(string keyPoint)
    {
        if (Label(keyPoint) is { } label)
        {
            return $"You did not mention {label}. What is it, and where does it fit in your answer?";
        }

        return $"You did not mention one point, which starts “{Opening(keyPoint)} …”. How would you explain it?";
    }

    private static string? Label(string keyPoint)
    {
        // ": " and not ":", so that "aws:SourceArn" is not taken for a label.
        var colon = keyPoint.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || keyPoint.AsSpan(colon + 2).IsWhiteSpace())
        {
            return null;
        }

        var label = keyPoint[..colon].Trim();
        return label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxLabelWords ? label : null;
    }

    // The first third of the point's words (one to four): enough to say which point, not what it says.
    private static string Opening(string keyPoint)
    {
        var words = keyPoint.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var take = Math.Clamp((words.Length + 2) / 3, 1, 4);
        return string.Join(' ', words.Take(take)).TrimEnd('.', ',', ';', ':');
    }
}
