using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Coach.QuestionBank.Search;

/// <summary>
/// Builds the ranking query from analyzed terms, never from query syntax: user text such as
/// <c>"aws:SourceArn"</c>, <c>(</c>, <c>*</c>, <c>AND</c> or a lone <c>-</c> is only ever words.
/// </summary>
internal static class RankingQuery
{
    public static Query For(IEnumerable<QueryTerm> terms)
    {
        var query = new BooleanQuery();
        foreach (var text in terms.Select(term => term.Text).Distinct())
        {
            query.Add(
                new DisjunctionMaxQuery(SearchTuning.FieldTieBreaker)
                {
                    Field(IndexFields.Title, text, SearchTuning.TitleBoost),
                    Field(IndexFields.All, text, 1f),
                },
                Occur.SHOULD);
        }

        return query;
    }

    private static TermQuery Field(string field, string text, float boost) => new(new Term(field, text)) { Boost = boost };
}
