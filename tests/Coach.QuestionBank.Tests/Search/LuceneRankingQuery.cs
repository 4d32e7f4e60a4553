using Coach.QuestionBank.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Coach.QuestionBank.Tests.Search;

/// <summary>
/// Coach's ranking as Lucene's own queries: for each analyzed term a <c>DisjunctionMaxQuery</c> of
/// the boosted title field and the all field, summed by a <c>BooleanQuery</c>. The reference that
/// <see cref="RankingScorer"/> must agree with.
/// </summary>
internal static class LuceneRankingQuery
{
    /// <param name="texts">The distinct analyzed terms.</param>
    /// <param name="title">Where each term sits in the title field (<see cref="QueryPostings"/>).</param>
    /// <param name="all">Where each term sits in the all field.</param>
    public static Query For(IReadOnlyList<string> texts, TermContext[] title, TermContext[] all)
    {
        var query = new BooleanQuery();
        for (var t = 0; t < texts.Count; t++)
        {
            // A field without the term adds nothing to a score (BM25 neither normalises by query
            // weight nor rewards coordination), so it is left out rather than weighed for nothing.
            var fields = new DisjunctionMaxQuery(SearchTuning.FieldTieBreaker);
            if (title[t].DocFreq > 0)
            {
                fields.Add(Field(IndexFields.Title, texts[t], title[t], SearchTuning.TitleBoost));
            }

            if (all[t].DocFreq > 0)
            {
                fields.Add(Field(IndexFields.All, texts[t], all[t], 1f));
            }

            if (fields.Disjuncts.Count > 0)
            {
                query.Add(fields, Occur.SHOULD);
            }
        }

        return query;
    }

    private static TermQuery Field(string field, string text, TermContext context, float boost) => new(new Term(field, text), context) { Boost = boost };
}
