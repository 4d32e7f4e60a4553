namespace Coach.QuestionBank.Search;

/// <summary>
/// The few numbers that shape ranking and the confidence decision, measured against the labelled
/// query set in tests/Coach.QuestionBank.Tests (see docs/benchmarks.md before changing one).
/// </summary>
internal static class SearchTuning
{
    /// <summary>A word in a question's title says more about it than the same word in its answer or topic.</summary>
    public const float TitleBoost = 3f;

    /// <summary>A term matching several fields counts mostly for its best one.</summary>
    public const float FieldTieBreaker = 0.1f;

    /// <summary>
    /// Confident only when the best question holds at least this share of the query's meaning,
    /// each word weighted by its rarity (IDF). "best pizza in town" holds none of it. Chosen on
    /// every tuning set at once, as the most cautious threshold within one of the least cost
    /// (declined right answers plus twice the confident wrong ones); ConfidenceCalibrationTests
    /// holds it there, and prints the curve.
    /// </summary>
    public const double MinCoverage = 0.56;

    /// <summary>How many of Lucene's best hits are re-ranked by coverage.</summary>
    public const int RerankDepth = 20;

    /// <summary>Longer text is cut: nobody asks a question that long, and it bounds the work.</summary>
    public const int MaxQueryLength = 500;
}
