using Coach.Core.Questions;

namespace Coach.QuestionBank.Import;

/// <summary>An imported card that passed every check: its number in the deck, its topic and its parsed metadata.</summary>
public sealed record CheckedCard(int Number, string Topic, string Question, string Answer, QuestionMetadata Metadata);
