using Coach.Core.Grading;
using Coach.QuestionBank.Search;

namespace Coach.QuestionBank.Grading;

/// <summary>
/// Grades an answer by the words it shares with each key point, seen through the same stems and
/// synonym concepts as search: "SGs only allow, NACLs can deny" holds the "Deny" point of the
/// security-group question. Each word of a point weighs its rarity in the bank, so "AWS" counts
/// for little and "NACL" for much. Word order does not matter.
/// </summary>
internal static class LexicalGrader
{
    /// <summary>A point counts as covered when the answer holds this share of its weight.</summary>
    public const double CoveredAt = 0.5;

    /// <param name="keyPoints">Each key point of the model answer, analyzed.</param>
    /// <param name="answer">The person's answer, analyzed.</param>
    /// <param name="answerText">The answer as written, to quote the words that matched.</param>
    /// <param name="idf">The weight of an analyzed term.</param>
    public static AnswerGrade Grade(
        IReadOnlyList<(string Text, IReadOnlyList<QueryTerm> Terms)> keyPoints,
        IReadOnlyList<QueryTerm> answer,
        string answerText,
        Func<string, double> idf)
    {
        var said = answer.GroupBy(term => term.Text).ToDictionary(group => group.Key, group => group.First());
        // A word several points share ("Shield" in all three Shield bullets) says which question, not
        // which point: it weighs its rarity divided by the number of points that hold it.
        var pointsHolding = keyPoints.SelectMany(point => point.Terms.Select(term => term.Text).Distinct())
            .GroupBy(text => text)
            .ToDictionary(group => group.Key, group => group.Count());
        double Weight(string term) => idf(term) / pointsHolding.GetValueOrDefault(term, 1);
        var grades = keyPoints.Select(point => GradePoint(point.Text, point.Terms, said, answerText, Weight)).ToList();
        return new AnswerGrade(Score(grades), grades);
    }

    /// <summary>0–100: a covered point counts whole, a missed one by the share of it the answer holds.</summary>
    public static int Score(IReadOnlyList<KeyPointGrade> grades) => AnswerGrade.ScoreOf(grades);

    private static KeyPointGrade GradePoint(
        string keyPoint, IReadOnlyList<QueryTerm> terms, Dictionary<string, QueryTerm> said, string answerText, Func<string, double> idf)
    {
        double held = 0, total = 0;
        var evidence = new List<string>();
        foreach (var alternatives in QueryTerm.ByPosition(terms))
        {
            var weight = alternatives.Max(term => idf(term.Text));
            total += weight;
            var match = alternatives.Select(term => said.GetValueOrDefault(term.Text)).FirstOrDefault(term => term.Text is not null);
            if (match.Text is not null)
            {
                held += weight;
                evidence.Add(answerText[match.Start..match.End]);
            }
        }

        var coverage = total == 0 ? 0 : held / total;
        return new KeyPointGrade(keyPoint, coverage >= CoveredAt, Math.Round(coverage, 3), [.. evidence.Distinct(StringComparer.OrdinalIgnoreCase)]);
    }
}
