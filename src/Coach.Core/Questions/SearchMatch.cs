namespace Coach.Core.Questions;

/// <summary>A question found for a query, with the engine's relevance score (higher is better).</summary>
public sealed record SearchMatch(Question Question, double Score);
