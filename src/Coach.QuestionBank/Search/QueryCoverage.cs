using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Coach.QuestionBank.Search;

/// <summary>
/// How much of a query's meaning each hit holds: each word position of the query weighs its IDF
/// (a word no question has weighs most), and counts as held when the question contains the word
/// or any synonym concept standing for it.
/// </summary>
internal static class QueryCoverage
{
    /// <param name="texts">The distinct analyzed terms of <paramref name="terms"/>.</param>
    /// <param name="all">Where each of <paramref name="texts"/> sits in the all field (<see cref="TermContexts"/>).</param>
    /// <returns>For each hit, the held share of the query's weight, from 0 to 1.</returns>
    public static double[] Of(IndexReader reader, IReadOnlyList<QueryTerm> terms, IReadOnlyList<string> texts, TermContext[] all, IReadOnlyList<ScoreDoc> hits)
    {
        var held = Held(reader, texts, all, hits);
        var documents = Math.Max(reader.NumDocs, 1);
        var positions = QueryTerm.ByPosition(terms)
            .Select(alternatives => alternatives.Select(term => IndexOf(texts, term.Text)).Distinct().ToArray())
            .Select(alternatives => (Weight: Idf(alternatives.Min(t => all[t].DocFreq), documents), Alternatives: alternatives))
            .ToList();
        var total = positions.Sum(position => position.Weight);

        var coverage = new double[hits.Count];
        for (var h = 0; h < hits.Count && total > 0; h++)
        {
            coverage[h] = positions.Where(position => position.Alternatives.Any(t => held[h, t])).Sum(position => position.Weight) / total;
        }

        return coverage;
    }

    /// <summary>Which hit holds which term: each term's postings, entered where the lookup left them, leapt through to each hit in doc order.</summary>
    private static bool[,] Held(IndexReader reader, IReadOnlyList<string> texts, TermContext[] all, IReadOnlyList<ScoreDoc> hits)
    {
        var held = new bool[hits.Count, texts.Count];
        var byDoc = Enumerable.Range(0, hits.Count).OrderBy(h => hits[h].Doc).ToArray();
        TermsEnum? termsEnum = null;
        DocsEnum? postings = null;
        foreach (var leaf in reader.Leaves)
        {
            var inLeaf = byDoc.Where(h => hits[h].Doc >= leaf.DocBase && hits[h].Doc < leaf.DocBase + leaf.AtomicReader.MaxDoc).ToArray();
            if (inLeaf.Length == 0 || leaf.AtomicReader.GetTerms(IndexFields.All) is not { } terms)
            {
                continue;
            }

            termsEnum = terms.GetEnumerator(termsEnum);
            for (var t = 0; t < texts.Count; t++)
            {
                if (all[t].Get(leaf.Ord) is not { } state)
                {
                    continue;
                }

                termsEnum.SeekExact(new BytesRef(texts[t]), state);
                postings = termsEnum.Docs(leaf.AtomicReader.LiveDocs, postings, DocsFlags.NONE);
                foreach (var h in inLeaf)
                {
                    var local = hits[h].Doc - leaf.DocBase;
                    var at = postings.DocID < local ? postings.Advance(local) : postings.DocID;
                    held[h, t] = at == local;
                }
            }
        }

        return held;
    }

    private static int IndexOf(IReadOnlyList<string> texts, string text)
    {
        for (var t = 0; t < texts.Count; t++)
        {
            if (texts[t] == text)
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>BM25's IDF, so that weights agree with how the ranking itself values words.</summary>
    public static double Idf(int docFreq, int documents) => Math.Log(1 + ((documents - docFreq + 0.5) / (docFreq + 0.5)));
}
