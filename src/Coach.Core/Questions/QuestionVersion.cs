using System.Security.Cryptography;
using System.Text;

namespace Coach.Core.Questions;

/// <summary>
/// A short fingerprint of a question as the deck has it now (title and model answer), kept with a
/// report so that a report on an answer that has since been rewritten can be told apart.
/// </summary>
public static class QuestionVersion
{
    public static string Of(Question question) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{question.Title}\n{question.AnswerMarkdown}")))[..12];
}
