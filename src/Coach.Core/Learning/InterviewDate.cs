namespace Coach.Core.Learning;

/// <summary>When a person's real interview is, and when they told Coach (practice since then counts towards it).</summary>
public sealed record InterviewDate(DateOnly Date, DateTimeOffset SetAt);
