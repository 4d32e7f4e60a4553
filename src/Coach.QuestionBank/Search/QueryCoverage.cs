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
    /// <returns>For each hit, the held share of the query's weight, from 0 to 1.</returns>
    public static double[] Of(IndexReader reader, IReadOnlyList<QueryTerm> terms, IReadOnlyList<ScoreDoc> hits)
    {
        var texts = terms.Select(term => term.Text).Distinct().ToArray();
        var (docFreq, held) = Lookup(reader, texts, hits);

        var documents = Math.Max(reader.NumDocs, 1);
        var positions = QueryTerm.ByPosition(terms)
            .Select(alternatives => alternatives.Select(term => Array.IndexOf(texts, term.Text)).Distinct().ToArray())
            .Select(alternatives => (Weight: Idf(alternatives.Min(t => docFreq[t]), documents), Alternatives: alternatives))
            .ToList();
        var total = positions.Sum(position => position.Weight);

        return hits
            .Select(hit => total == 0 ? 0 : positions
                .Where(position => position.Alternatives.Any(t => held.Contains((hit.Doc, t))))
                .Sum(position => position.Weight) / total)
            .ToArray();
    }

    /// <summary>One seek per term and segment gives both its document frequency and which hits hold it.</summary>
    private static (int[] DocFreq, HashSet<(int Doc, int Term)> Held) Lookup(IndexReader reader, string[] texts, IReadOnlyList<ScoreDoc> hits)
    {
        var docFreq = new int[texts.Length];
        var held = new HashSet<(int Doc, int Term)>();
        var sorted = hits.Select(hit => hit.Doc).Order().ToArray();
        DocsEnum? postings = null;
        foreach (var leaf in reader.Leaves)
        {
            var termsEnum = leaf.AtomicReader.GetTerms(IndexFields.All)?.GetEnumerator();
            if (termsEnum is null)
            {
                continue;
            }

            var leafDocs = sorted.Where(doc => doc >= leaf.DocBase && doc < leaf.DocBase + leaf.AtomicReader.MaxDoc).ToArray();
            for (var t = 0; t < texts.Length; t++)
            {
                if (!termsEnum.SeekExact(new BytesRef(texts[t])))
                {
                    continue;
                }

                docFreq[t] += termsEnum.DocFreq;
                if (leafDocs.Length == 0)
                {
                    continue;
                }

                // Leap through the term's postings to each hit, in doc order.
                postings = termsEnum.Docs(leaf.AtomicReader.LiveDocs, postings, DocsFlags.NONE);
                foreach (var doc in leafDocs)
                {
                    var local = doc - leaf.DocBase;
                    var at = postings.DocID < local ? postings.Advance(local) : postings.DocID;
                    if (at == local)
                    {
                        held.Add((doc, t));
                    }
                }
            }
        }

        return (docFreq, held);
    }

    /// <summary>BM25's IDF, so that weights agree with how the ranking itself values words.</summary>
    public static double Idf(int docFreq, int documents) => Math.Log(1 + ((documents - docFreq + 0.5) / (docFreq + 0.5)));
}
