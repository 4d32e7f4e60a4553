using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Coach.QuestionBank.Search;

/// <summary>
/// How much of a query's meaning a question holds: each word position of the query weighs its
/// IDF (a word no question has weighs most), and counts as held when the question contains the
/// word or any synonym concept standing for it.
/// </summary>
internal sealed class QueryCoverage
{
    private readonly IReadOnlyList<(double Weight, string[] Alternatives)> _positions;
    private readonly double _total;

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
        _total = _positions.Sum(position => position.Weight);
    }

    /// <returns>For each hit, the held share of the query's weight, from 0 to 1.</returns>
    public double[] Of(IndexReader reader, IReadOnlyList<ScoreDoc> hits)
    {
        var contains = new HashSet<(int Doc, string Term)>();
        var byLeaf = hits.Select(hit => hit.Doc).Order().GroupBy(doc => ReaderUtil.SubIndex(doc, reader.Leaves));
        var terms = _positions.SelectMany(position => position.Alternatives).Distinct().ToList();
        foreach (var leafDocs in byLeaf)
        {
            var leaf = reader.Leaves[leafDocs.Key];
            foreach (var term in terms)
            {
                // One pass over the term's postings per leaf, leaping to each hit in doc order.
                var postings = leaf.AtomicReader.GetTermDocsEnum(new Term(IndexFields.All, term));
                if (postings is null)
                {
                    continue;
                }

                foreach (var doc in leafDocs)
                {
                    var local = doc - leaf.DocBase;
                    var at = postings.DocID < local ? postings.Advance(local) : postings.DocID;
                    if (at == local)
                    {
                        contains.Add((doc, term));
                    }
                }
            }
        }

        return hits.Select(hit => Held(alternative => contains.Contains((hit.Doc, alternative)))).ToArray();
    }

    private double Held(Func<string, bool> contains)
    {
        if (_total == 0)
        {
            return 0;
        }

        var held = _positions.Where(position => position.Alternatives.Any(contains)).Sum(position => position.Weight);
        return held / _total;
    }

    // BM25's IDF, so that weights agree with how the ranking itself values words.
    private static double Idf(int docFreq, int documents) => Math.Log(1 + ((documents - docFreq + 0.5) / (docFreq + 0.5)));
}
