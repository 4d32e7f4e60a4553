namespace Coach.Core.Grading;

/// <summary>
/// How a person's answer compares with the model answer: a score from 0 to 100 and, for each key
/// point of the model answer, whether the answer covered it.
/// </summary>
public sealed record AnswerGrade(int Score, IReadOnlyList<KeyPointGrade> KeyPoints)
{
    public IEnumerable<KeyPointGrade> Covered => KeyPoints.Where(point => point.Covered);

    public IEnumerable<KeyPointGrade> Missed => KeyPoints.Where(point => !point.Covered);

    /// <summary>The grade in one line, as feedback everywhere starts: "72/100, 3 of 4 key points covered."</summary>
    public string Summary => $"{Score}/100, {Covered.Count()} of {KeyPoints.Count} key points covered.";

    /// <summary>
    /// One or two things to do next time, from the missed points: those the answer half said first
    /// ("be explicit"), then those it left out, in the model answer's order. An answer that touches
    /// no point at all (an empty one included) gets one kind nudge to start with the first point.
    /// </summary>
    public IReadOnlyList<string> Tips => KeyPoints.All(point => point.Coverage == 0)
        ? KeyPoints.Count == 0 ? [] : [$"Have a go in your own words, even one sentence; a good place to start: “{KeyPoints[0].KeyPoint}”"]
        : [.. Missed
            .OrderByDescending(point => point.Coverage >= NearlyCovered)
            .Take(2)
            .Select(point => point.Coverage >= NearlyCovered
                ? $"You touched on this; say it outright: “{point.KeyPoint}”"
                : $"Worth adding: “{point.KeyPoint}”")];

    /// <summary>A grade from its key points: a covered point counts whole, a missed one by the share of it the answer holds.</summary>
    public static AnswerGrade From(IReadOnlyList<KeyPointGrade> keyPoints) => new(ScoreOf(keyPoints), keyPoints);

    /// <summary>0–100: a covered point counts whole, a missed one by the share of it the answer holds.</summary>
    public static int ScoreOf(IReadOnlyList<KeyPointGrade> keyPoints) =>
        keyPoints.Count == 0 ? 0 : (int)Math.Round(100 * keyPoints.Average(point => point.Covered ? 1 : point.Coverage), MidpointRounding.AwayFromZero);

    /// <summary>A missed point the answer holds this share of was half said.</summary>
    private const double NearlyCovered = 0.25;
}
