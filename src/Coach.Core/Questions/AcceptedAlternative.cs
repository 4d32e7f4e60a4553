
namespace Coach.Core.Questions;

/// <summary>Words an admin accepted as covering a key point of a question, from an appeal.</summary>
public sealed record AcceptedAlternative(QuestionId Question, string KeyPoint, string Phrase);
