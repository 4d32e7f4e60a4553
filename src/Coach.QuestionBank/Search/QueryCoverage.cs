using Lucene.Net.Index;

namespace Coach.QuestionBank.Search;

/// <summary>
/// How much of a query's meaning a question holds: each word position of the query weighs its
/// IDF (a word no question has weighs most), and counts as held when the question contains the
/// word or any synonym concept standing for it.
/// </summary>
internal sealed class QueryCoverage
{
    private readonly IReadOnlyList<(double Weight, string[] Alternatives)> _positions;

    public QueryCoverage(IndexReader reader, IReadOnlyList<QueryTerm> terms)
    {
        var documents = Math.Max(reader.NumDocs, 1);
        _positions = terms
            .SelectMany(term => Enumerable.Range(term.Position, term.PositionLength))
            .Distinct()
            .Select(position =>
            {
                var alternatives = terms.Where(term => term.Covers(position)).Select(term => term.Text).Distinct().ToArray();
                var rarest = alternatives.Min(text => reader.DocFreq(new Term(IndexFields.All, text)));
                return (Idf(rarest, documents), alternatives);
            })
            .ToList();
    }

    /// <returns>The held share of the query's weight, from 0 to 1.</returns>
    public double Of(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var local = doc - leaf.DocBase;
        double held = 0, total = 0;
        foreach (var (weight, alternatives) in _positions)
        {
            total += weight;
            if (alternatives.Any(text => Contains(leaf.AtomicReader, local, text)))
            {
                held += weight;
            }
        }

        return total == 0 ? 0 : held / total;
    }

    private static bool Contains(AtomicReader reader, int doc, string text)
    {
        var docs = reader.GetTermDocsEnum(new Term(IndexFields.All, text));
        return docs is not null && docs.Advance(doc) == doc;
    }

    // BM25's IDF, so that weights agree with how the ranking itself values words.
    private static double Idf(int docFreq, int documents) => Math.Log(1 + ((documents - docFreq + 0.5) / (docFreq + 0.5)));
}
