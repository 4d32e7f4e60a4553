using System.Runtime.CompilerServices;
using Coach.Core.Grading;
using Coach.Core.Ports;
using Coach.Core.Questions;
using Coach.QuestionBank.Semantic;

namespace Coach.QuestionBank.Grading;

/// <summary>
/// Grades with two signals. The lexical grade sees through stems, acronyms and synonyms; sentence
/// embeddings see paraphrase ("traffic that is let in can always leave again" for "stateful").
/// A key point's coverage is the better of its lexical coverage and a blend weighted about two to
/// one towards the words, so meaning can lift a point the words half found, or give part credit for
/// one said in other words, but never sinks one the words found nor covers one on its own: MiniLM
/// finds a short sentence on the right subject fairly close to every point of it, which on its
/// own would reward vague answers. An answer about something else, far in meaning too, gains nothing.
/// The three constants were chosen by a grid search over both labelled answer sets (see
/// docs/benchmarks.md), so those sets flatter them somewhat.
/// </summary>
public sealed class CombinedGrader(LiveQuestionBank bank, SentenceEmbedder embedder) : IAnswerGrader
{
    /// <summary>Cosine similarity of a sentence and a key point at or below which they share no meaning.</summary>
    public const double Unrelated = 0.20;

    /// <summary>Cosine similarity at or above which a sentence says what the key point says.</summary>
    public const double SameMeaning = 0.55;

    /// <summary>How much closer another key point may be to a piece of the answer for the piece still to count for this one.</summary>
    public const double OwnPointMargin = 0.05;

    /// <summary>The share of meaning in the blend.</summary>
    public const double MeaningWeight = 0.35;

    // Key points are embedded once per question version; a new deck version brings new Question objects.
    private readonly ConditionalWeakTable<Question, float[][]> _keyPoints = [];

    public AnswerGrade Grade(Question question, string answer)
    {
        var lexical = bank.Grade(question, answer);
        var segments = AnswerSegments.Of(ChatMarkup.Strip(answer ?? ""));
        if (lexical.KeyPoints.Count == 0 || segments.Count == 0
            || !TryEmbedKeyPoints(question, out var points)
            || !embedder.TryEmbed(segments, out var said))
        {
            return lexical;
        }

        // similarity[s][p]: how close piece s of the answer is to key point p.
        var similarity = said.Select(piece => points.Select(point => SentenceEmbedder.Similarity(point, piece)).ToArray()).ToArray();
        var grades = lexical.KeyPoints.Select((point, p) => Combine(point, Closest(similarity, p), segments)).ToList();
        return new AnswerGrade(LexicalGrader.Score(grades), grades);
    }

    private bool TryEmbedKeyPoints(Question question, out float[][] points)
    {
        if (_keyPoints.TryGetValue(question, out points!))
        {
            return true;
        }

        if (!embedder.TryEmbed(question.KeyPoints, out points))
        {
            return false;
        }

        _keyPoints.AddOrUpdate(question, points);
        return true;
    }

    /// <summary>
    /// The piece of the answer closest to key point <paramref name="p"/> among those that are about
    /// it: a piece evidences the points it is (nearly) closest to, not every point on the same
    /// subject. "A permission boundary caps what identity policies can grant" is close to the IAM
    /// policy point too, but closer to the boundary's, so it counts for the boundary only.
    /// </summary>
    private static (int Piece, double Similarity) Closest(double[][] similarity, int p) =>
        similarity.Select((row, s) => (s, row[p]))
            .Where(pair => pair.Item2 >= similarity[pair.s].Max() - OwnPointMargin)
            .DefaultIfEmpty((0, double.MinValue))
            .MaxBy(pair => pair.Item2);

    private static KeyPointGrade Combine(KeyPointGrade lexical, (int Piece, double Similarity) closest, IReadOnlyList<string> segments)
    {
        var (best, similarity) = closest;
        var meaning = Math.Clamp((similarity - Unrelated) / (SameMeaning - Unrelated), 0, 1);
        var coverage = Math.Max(lexical.Coverage, ((1 - MeaningWeight) * lexical.Coverage) + (MeaningWeight * meaning));
        var covered = coverage >= LexicalGrader.CoveredAt;
        var evidence = covered && !lexical.Covered ? [.. lexical.Evidence, segments[best]] : lexical.Evidence;
        return lexical with { Covered = covered, Coverage = Math.Round(coverage, 3), Evidence = evidence };
    }
}
