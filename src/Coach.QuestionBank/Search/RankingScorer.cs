using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Coach.QuestionBank.Search;

/// <summary>
/// Ranks questions for analyzed query terms: each term scores BM25 in the title (boosted) and in
/// the all field, its two fields combine as a disjunction-max with a tie-breaker, and the terms
/// add up. These are the scores Lucene gives the equivalent <c>BooleanQuery</c> of
/// <c>DisjunctionMaxQuery</c>s under <c>BM25Similarity</c> (a test holds the two equal), but
/// computed with one postings enumerator per field and segment and pooled accumulators: Lucene's
/// scorers allocate enumerators, buffers and a 256-entry norm table for every term and field of
/// every query, which under load made garbage collection the largest cost of an <c>/ask</c>.
/// </summary>
internal static class RankingScorer
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    private static readonly float[] NormTable = BuildNormTable();

    // Each thread keeps its own accumulators (ranking never awaits, so a thread ranks one query
    // at a time): no allocation, no lock, and, since every score written is cleared after use,
    // a segment of 100,000 questions does not pay for clearing its whole accumulator.
    [ThreadStatic]
    private static Scratch? ThreadScratch;

    // Per version of the index: each field's BM25 length normalisation, found once.
    private static readonly ConditionalWeakTable<IndexReader, FieldStatistics> Statistics = [];

    /// <returns>The best <paramref name="limit"/> documents, highest score first, the lower doc first on equal scores.</returns>
    public static ScoreDoc[] Top(QueryPostings postings, int limit)
    {
        var statistics = Statistics.GetValue(postings.Reader, FieldStatistics.Of);
        var best = new PriorityQueue<int, (float Score, int Doc)>(limit + 1, WorstFirst.Instance);
        foreach (var leaf in postings.Reader.Leaves)
        {
            new LeafScores(postings, leaf, statistics).Rank(best, limit);
        }

        var top = new ScoreDoc[best.Count];
        for (var i = top.Length - 1; best.TryDequeue(out var doc, out var key); i--)
        {
            top[i] = new ScoreDoc(doc, key.Score);
        }

        return top;
    }

    // As DisjunctionMaxScorer: the best field, plus the tie-breaker's share of the others.
    private static float DisjunctionMax(float a, float b)
    {
        var sum = a + b;
        var max = Math.Max(a, b);
        return max + ((sum - max) * SearchTuning.FieldTieBreaker);
    }

    private static float[] BuildNormTable()
    {
        var table = new float[256];
        for (var i = 0; i < table.Length; i++)
        {
            var f = SmallSingle.SByte315ToSingle((sbyte)i);
            table[i] = 1.0f / (f * f);
        }

        return table;
    }

    /// <summary>BM25's length normalisation of one field, <c>k1 * (1 - b + b * length / average length)</c> for each encoded length.</summary>
    private static float[] LengthNorms(IndexReader reader, string field)
    {
        var sumTotalTermFreq = MultiFields.GetTerms(reader, field)?.SumTotalTermFreq ?? 0;
        var averageLength = sumTotalTermFreq <= 0 ? 1f : (float)(sumTotalTermFreq / (double)reader.MaxDoc);
        var norms = new float[256];
        for (var i = 0; i < norms.Length; i++)
        {
            norms[i] = K1 * ((1 - B) + (B * NormTable[i] / averageLength));
        }

        return norms;
    }

    private sealed record FieldStatistics(int MaxDoc, float[] TitleNorms, float[] AllNorms)
    {
        public static FieldStatistics Of(IndexReader reader) =>
            new(reader.MaxDoc, LengthNorms(reader, IndexFields.Title), LengthNorms(reader, IndexFields.All));
    }

    /// <summary>One segment's scores, accumulated term by term in pooled arrays that go back zeroed.</summary>
    private sealed class LeafScores(QueryPostings postings, AtomicReaderContext leaf, FieldStatistics statistics)
    {
        private double[] _totals = null!;
        private float[] _titleScores = null!;
        private int[] _matched = null!;
        private int _matchedCount;

        public void Rank(PriorityQueue<int, (float Score, int Doc)> best, int limit)
        {
            var scratch = ThreadScratch ??= new Scratch();
            scratch.Fit(leaf.AtomicReader.MaxDoc);
            _totals = scratch.Totals;
            _titleScores = scratch.TitleScores;
            _matched = scratch.Matched;
            var inTitle = scratch.InTitle;
            var clean = false;
            try
            {
                var titleNorms = leaf.AtomicReader.GetNormValues(IndexFields.Title);
                var allNorms = leaf.AtomicReader.GetNormValues(IndexFields.All);
                for (var t = 0; t < postings.Texts.Length; t++)
                {
                    var titleCount = 0;
                    if (postings.Postings(leaf, IndexFields.Title, t, DocsFlags.FREQS) is { } title)
                    {
                        var weight = Weight(postings.Title[t].DocFreq, SearchTuning.TitleBoost);
                        for (var doc = title.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = title.NextDoc())
                        {
                            _titleScores[doc] = Score(weight, title.Freq, titleNorms, statistics.TitleNorms, doc);
                            inTitle[titleCount++] = doc;
                        }
                    }

                    if (postings.Postings(leaf, IndexFields.All, t, DocsFlags.FREQS) is { } all)
                    {
                        var weight = Weight(postings.All[t].DocFreq, 1f);
                        for (var doc = all.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = all.NextDoc())
                        {
                            var score = Score(weight, all.Freq, allNorms, statistics.AllNorms, doc);
                            var inTitleToo = _titleScores[doc];
                            _titleScores[doc] = 0;
                            Add(doc, inTitleToo > 0 ? DisjunctionMax(inTitleToo, score) : score);
                        }
                    }

                    for (var i = 0; i < titleCount; i++)
                    {
                        var doc = inTitle[i];
                        if (_titleScores[doc] > 0)
                        {
                            Add(doc, _titleScores[doc]);
                            _titleScores[doc] = 0;
                        }
                    }
                }

                Collect(best, limit);
                clean = true;
            }
            finally
            {
                if (!clean)
                {
                    Array.Clear(_totals);
                    Array.Clear(_titleScores);
                }
            }

            float Weight(int docFreq, float boost)
            {
                // As BM25Similarity: idf over maxDoc, weight = idf * boost * top-level boost, times (k1 + 1).
                var idf = (float)QueryCoverage.Idf(docFreq, statistics.MaxDoc);
                return idf * boost * 1f * (K1 + 1);
            }
        }

        private static float Score(float weight, float freq, NumericDocValues? norms, float[] lengthNorms, int doc)
        {
            var norm = norms is null ? K1 : lengthNorms[(sbyte)norms.Get(doc) & 0xFF];
            return weight * freq / (freq + norm);
        }

        private void Add(int doc, float score)
        {
            if (_totals[doc] == 0)
            {
                _matched[_matchedCount++] = doc;
            }

            // Summed in double, as Lucene's disjunction sums its clauses.
            _totals[doc] += score;
        }

        private void Collect(PriorityQueue<int, (float Score, int Doc)> best, int limit)
        {
            Array.Sort(_matched, 0, _matchedCount);
            for (var i = 0; i < _matchedCount; i++)
            {
                var doc = _matched[i];
                (float Score, int Doc) key = ((float)_totals[doc], leaf.DocBase + doc);
                if (best.Count < limit)
                {
                    best.Enqueue(key.Doc, key);
                }
                else if (best.TryPeek(out _, out var worst) && WorstFirst.Instance.Compare(key, worst) > 0)
                {
                    best.DequeueEnqueue(key.Doc, key);
                }

                _totals[doc] = 0;
            }
        }
    }

    /// <summary>A thread's accumulators, zero between uses, grown to the largest segment seen.</summary>
    private sealed class Scratch
    {
        public double[] Totals { get; private set; } = [];

        public float[] TitleScores { get; private set; } = [];

        public int[] Matched { get; private set; } = [];

        public int[] InTitle { get; private set; } = [];

        public void Fit(int maxDoc)
        {
            if (Totals.Length < maxDoc)
            {
                Totals = new double[maxDoc];
                TitleScores = new float[maxDoc];
                Matched = new int[maxDoc];
                InTitle = new int[maxDoc];
            }
        }
    }

    /// <summary>Orders the kept documents worst first: lower score, or on equal scores the later document.</summary>
    private sealed class WorstFirst : IComparer<(float Score, int Doc)>
    {
        public static readonly WorstFirst Instance = new();

        public int Compare((float Score, int Doc) x, (float Score, int Doc) y) =>
            x.Score != y.Score ? x.Score.CompareTo(y.Score) : y.Doc.CompareTo(x.Doc);
    }
}
