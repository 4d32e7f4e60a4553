using System.Runtime.CompilerServices;
using Coach.Core.Grading;
using Coach.Core.Ports;
using Coach.Core.Questions;
using Coach.QuestionBank.Semantic;

namespace Coach.QuestionBank.Grading;

/// <summary>
/// Grades with two signals. The lexical grade sees through stems, acronyms and synonyms; sentence
/// embeddings see paraphrase ("traffic that is let in can always leave again" for "stateful").
/// A key point's coverage is the better of its lexical coverage and a blend weighted three to one
/// towards the words, so meaning can lift a point the words half found, or give part credit for
/// one said in other words, but never sinks one the words found nor covers one on its own: MiniLM
/// finds a short sentence on the right subject fairly close to every point of it, which on its
/// own would reward vague answers. An answer about something else, far in meaning too, gains nothing.
/// The three constants were chosen by a grid search over both labelled answer sets (see
/// docs/benchmarks.md), so those sets flatter them somewhat.
/// </summary>
internal sealed class CombinedGrader(LiveQuestionBank bank, SentenceEmbedder embedder) : IAnswerGrader
{
    /// <summary>Cosine similarity of a sentence and a key point at or below which they share no meaning.</summary>
    public const double Unrelated = 0.25;

    /// <summary>Cosine similarity at or above which a sentence says what the key point says.</summary>
    public const double SameMeaning = 0.60;

    /// <summary>The share of meaning in the blend.</summary>
    public const double MeaningWeight = 0.25;

    // Key points are embedded once per question version; a new deck version brings new Question objects.
    private readonly ConditionalWeakTable<Question, float[][]> _keyPoints = [];

    public AnswerGrade Grade(Question question, string answer)
    {
        var lexical = bank.Grade(question, answer);
        var segments = AnswerSegments.Of(answer ?? "");
        if (lexical.KeyPoints.Count == 0 || segments.Count == 0
            || !TryEmbedKeyPoints(question, out var points)
            || !embedder.TryEmbed(segments, out var said))
        {
            return lexical;
        }

        var grades = lexical.KeyPoints.Select((point, i) => Combine(point, points[i], said, segments)).ToList();
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

    private static KeyPointGrade Combine(KeyPointGrade lexical, float[] point, float[][] said, IReadOnlyList<string> segments)
    {
        var (best, similarity) = said.Select((vector, i) => (i, SentenceEmbedder.Similarity(point, vector))).MaxBy(pair => pair.Item2);
        var meaning = Math.Clamp((similarity - Unrelated) / (SameMeaning - Unrelated), 0, 1);
        var coverage = Math.Max(lexical.Coverage, ((1 - MeaningWeight) * lexical.Coverage) + (MeaningWeight * meaning));
        var covered = coverage >= LexicalGrader.CoveredAt;
        var evidence = covered && !lexical.Covered ? [.. lexical.Evidence, segments[best]] : lexical.Evidence;
        return lexical with { Covered = covered, Coverage = Math.Round(coverage, 3), Evidence = evidence };
    }
}
