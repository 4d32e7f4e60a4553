using Coach.Core.Ports;
using Coach.Core.Questions;
using Coach.QuestionBank.Semantic;

namespace Coach.QuestionBank.Search;

/// <summary>
/// Search by words first, by meaning when the words are not enough. When Lucene's ranking is
/// confident its answer stands, and the model is not even run (most queries, at no extra cost).
/// When it declines, the sentence model compares the query with every question; if the closest in
/// meaning is very close and is also among the words' best three, both signals agree and it is
/// given as the answer ("should I terminate a compromised instance right away" finds the
/// investigation question). Otherwise the words' suggestions stand. Fusing the two rankings
/// outright (reciprocal rank fusion) was measured and did worse: MiniLM knows no acronyms or typos
/// and dragged good answers down (docs/benchmarks.md).
/// </summary>
public sealed class HybridSearch(LiveQuestionBank bank, QuestionVectors vectors) : IQuestionSearch
{
    /// <summary>Cosine similarity from which a query and a question mean the same (out-of-scope queries reached 0.49, rescued ones 0.58).</summary>
    public const double SameMeaning = 0.55;

    /// <summary>How far down the words' ranking the meaning's best may be and still count as agreement.</summary>
    public const int AgreeWithin = 3;

    public SearchResult Search(string text, int limit = 5)
    {
        var lexical = bank.Search(text, limit);
        if (lexical.Confident || lexical.Matches.Count == 0 || !vectors.TryRank(bank.Questions, ChatMarkup.Strip(text ?? ""), out var ranked))
        {
            return lexical;
        }

        var (closest, similarity) = ranked[0];
        var agreed = lexical.Matches.Take(AgreeWithin).FirstOrDefault(match => match.Question.Id == closest.Id);
        return similarity >= SameMeaning && agreed is not null
            ? lexical with { Confident = true, Matches = [agreed, .. lexical.Matches.Where(match => match != agreed)] }
            : lexical;
    }

    public IReadOnlyList<Question> Related(QuestionId id, int limit = 2) => bank.Related(id, limit);
}
