using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Coach.QuestionBank.Search;

/// <summary>
/// How much of a query's meaning each hit holds: each word position of the query weighs its IDF
/// (a word no question has weighs most), and counts as held when the question contains the word
/// or any synonym concept standing for it.
/// </summary>
internal static class QueryCoverage
{
    /// <param name="terms">The query's analyzed terms, whose distinct texts are <see cref="QueryPostings.Texts"/>.</param>
    /// <returns>For each hit, the held share of the query's weight, from 0 to 1.</returns>
    public static double[] Of(QueryPostings postings, IReadOnlyList<QueryTerm> terms, IReadOnlyList<ScoreDoc> hits)
    {
        var texts = postings.Texts;
        var held = Held(postings, hits);
        var documents = Math.Max(postings.Reader.NumDocs, 1);
        var positions = QueryTerm.ByPosition(terms)
            .Select(alternatives => alternatives.Select(term => Array.IndexOf(texts, term.Text)).Distinct().ToArray())
            .Select(alternatives => (Weight: Idf(alternatives.Min(t => postings.All[t].DocFreq), documents), Alternatives: alternatives))
            .ToList();
        var total = positions.Sum(position => position.Weight);

        var coverage = new double[hits.Count];
        for (var h = 0; h < hits.Count && total > 0; h++)
        {
            coverage[h] = positions.Where(position => position.Alternatives.Any(t => held[h, t])).Sum(position => position.Weight) / total;
        }

        return coverage;
    }

    /// <summary>Which hit holds which term: each term's postings leapt through to each hit, in doc order.</summary>
    private static bool[,] Held(QueryPostings postings, IReadOnlyList<ScoreDoc> hits)
    {
        var held = new bool[hits.Count, postings.Texts.Length];
        var byDoc = Enumerable.Range(0, hits.Count).OrderBy(h => hits[h].Doc).ToArray();
        foreach (var leaf in postings.Reader.Leaves)
        {
            var inLeaf = byDoc.Where(h => hits[h].Doc >= leaf.DocBase && hits[h].Doc < leaf.DocBase + leaf.AtomicReader.MaxDoc).ToArray();
            for (var t = 0; t < postings.Texts.Length && inLeaf.Length > 0; t++)
            {
                if (postings.Postings(leaf, IndexFields.All, t, DocsFlags.NONE) is not { } docs)
                {
                    continue;
                }

                foreach (var h in inLeaf)
                {
                    var local = hits[h].Doc - leaf.DocBase;
                    var at = docs.DocID < local ? docs.Advance(local) : docs.DocID;
                    held[h, t] = at == local;
                }
            }
        }

        return held;
    }

    /// <summary>BM25's IDF as Lucene's <c>BM25Similarity</c> computes it: the ranking weighs terms by it, and coverage and grading weigh words by it too.</summary>
    public static double Idf(int docFreq, int documents) => Math.Log(1 + ((documents - docFreq + 0.5) / (docFreq + 0.5)));
}
