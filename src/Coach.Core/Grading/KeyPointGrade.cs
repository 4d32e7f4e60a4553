namespace Coach.Core.Grading;

/// <summary>One key point of the model answer, and the words of the person's answer that covered it.</summary>
/// <param name="Coverage">The share of the point's meaning the answer holds, from 0 to 1.</param>
/// <param name="Evidence">The answer's own words that matched the point, as the person wrote them.</param>
public sealed record KeyPointGrade(string KeyPoint, bool Covered, double Coverage, IReadOnlyList<string> Evidence);
