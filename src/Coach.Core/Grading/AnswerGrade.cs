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
}
