using Coach.Core.Questions;
using Coach.QuestionBank.Search;
using Xunit.Abstractions;

namespace Coach.QuestionBank.Tests.Search;

/// <summary>
/// The labelled query set against Coach's search (by words alone, and with meaning when the words
/// decline: the default) and against a plain BM25 baseline, in one run, with reciprocal rank fusion
/// of words and meaning reported beside them. The figures printed here are the ones in docs/benchmarks.md.
/// </summary>
public sealed class RetrievalQualityTests(SeedBank seed, ITestOutputHelper output) : IClassFixture<SeedBank>
{
    private static readonly IReadOnlyList<LabelledQuery> Queries = LabelledQuery.Load();

    [Fact]
    public void The_labelled_set_is_large_and_varied_enough_to_mean_something()
    {
        Queries.Count.ShouldBeGreaterThanOrEqualTo(80);
        Queries.Count(q => !q.InScope).ShouldBeGreaterThanOrEqualTo(20);
        Queries.Where(q => q.InScope).Select(q => q.Expected).Distinct().Count().ShouldBe(20);
        Queries.Select(q => q.Kind).Distinct().ShouldBe(["acronym", "paraphrase", "typo", "syntax", "out-of-scope"], ignoreOrder: true);
    }

    [Fact]
    public void Meaning_answers_at_least_as_well_as_words_alone_and_declines_as_much()
    {
        var words = Figures("words alone", text => seed.Bank.Search(text));
        var hybrid = Figures("words, then meaning", text => seed.Hybrid.Search(text));
        var fused = Figures("reciprocal rank fusion", ReciprocalRankFusion);

        hybrid.Correct.ShouldBeGreaterThanOrEqualTo(words.Correct);
        hybrid.Declined.ShouldBeGreaterThanOrEqualTo(words.Declined);
        output.WriteLine($"fusion kept out of the default: {fused.Correct} right against {hybrid.Correct}");
    }

    [Theory]
    [InlineData("words alone")]
    [InlineData("words, then meaning")]
    public void Coach_search_finds_the_right_question_and_declines_the_rest(string engine)
    {
        var run = RetrievalRun.Of(Queries, engine == "words alone" ? text => seed.Bank.Search(text) : text => seed.Hybrid.Search(text));

        using var baseline = new Bm25Baseline(seed.Bank.Questions);
        var baselineCorrect = run.InScope.Count(q => baseline.Best(q.Text) == q.Expected);
        var baselineDeclined = run.OutOfScope.Count(q => baseline.Best(q.Text) is null);

        output.WriteLine($"queries: {run.InScope.Count} in scope, {run.OutOfScope.Count} out of scope");
        output.WriteLine($"coach ({engine}): {run.Figures}");
        output.WriteLine($"baseline: top-1 accuracy {(double)baselineCorrect / run.InScope.Count:P1} ({baselineCorrect}/{run.InScope.Count}), out-of-scope declined {(double)baselineDeclined / run.OutOfScope.Count:P1} ({baselineDeclined}/{run.OutOfScope.Count})");
        foreach (var kind in run.InScope.GroupBy(q => q.Kind))
        {
            output.WriteLine($"  {kind.Key}: {kind.Count(run.Correct.Contains)}/{kind.Count()}");
        }

        run.WriteMisses(output);

        run.Accuracy.ShouldBeGreaterThanOrEqualTo(0.95);
        run.Rejection.ShouldBeGreaterThanOrEqualTo(0.90);
    }

    private (int Correct, int Declined) Figures(string name, Func<string, SearchResult> search)
    {
        var correct = Queries.Count(q => q.InScope && search(q.Text) is { Confident: true } result && result.Best!.Question.Id.ToString() == q.Expected);
        var declined = Queries.Count(q => !q.InScope && !search(q.Text).Confident);
        output.WriteLine($"{name}: {correct}/{Queries.Count(q => q.InScope)} right, {declined}/{Queries.Count(q => !q.InScope)} declined");
        return (correct, declined);
    }

    /// <summary>
    /// Both rankings fused by reciprocal rank (k = 60), the usual way to combine them; confident when
    /// the fused best is the words' confident best or a question very close in meaning.
    /// </summary>
    private SearchResult ReciprocalRankFusion(string text)
    {
        var words = seed.Bank.Search(text, 20);
        seed.Vectors.TryRank(seed.Bank.Questions, text, out var meaning).ShouldBeTrue();
        var fused = words.Matches.Select((match, rank) => (match.Question, Score: 1.0 / (61 + rank)))
            .Concat(meaning.Take(20).Select((pair, rank) => (pair.Question, Score: 1.0 / (61 + rank))))
            .GroupBy(pair => pair.Question)
            .Select(group => new SearchMatch(group.Key, group.Sum(pair => pair.Score)))
            .OrderByDescending(match => match.Score)
            .ThenBy(match => match.Question.Id.ToString(), StringComparer.Ordinal)
            .ToList();
        var best = fused[0].Question;
        var confident = (words.Confident && words.Best!.Question == best) || (meaning[0].Question == best && meaning[0].Similarity >= HybridSearch.SameMeaning);
        return new SearchResult(text, confident, fused);
    }
}
