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
        Func<string, SearchResult> search = engine == "words alone" ? text => seed.Bank.Search(text) : text => seed.Hybrid.Search(text);
        var inScope = Queries.Where(q => q.InScope).ToList();
        var outOfScope = Queries.Where(q => !q.InScope).ToList();

        var results = Queries.ToDictionary(q => q, q => search(q.Text));
        var correct = inScope.Where(q => results[q].Confident && results[q].Best?.Question.Id.ToString() == q.Expected).ToList();
        var declined = outOfScope.Where(q => !results[q].Confident).ToList();

        using var baseline = new Bm25Baseline(seed.Bank.Questions);
        var baselineCorrect = inScope.Count(q => baseline.Best(q.Text) == q.Expected);
        var baselineDeclined = outOfScope.Count(q => baseline.Best(q.Text) is null);

        var accuracy = (double)correct.Count / inScope.Count;
        var rejection = (double)declined.Count / outOfScope.Count;
        output.WriteLine($"queries: {inScope.Count} in scope, {outOfScope.Count} out of scope");
        output.WriteLine($"coach ({engine}): top-1 accuracy {accuracy:P1} ({correct.Count}/{inScope.Count}), out-of-scope declined {rejection:P1} ({declined.Count}/{outOfScope.Count})");
        output.WriteLine($"baseline: top-1 accuracy {(double)baselineCorrect / inScope.Count:P1} ({baselineCorrect}/{inScope.Count}), out-of-scope declined {(double)baselineDeclined / outOfScope.Count:P1} ({baselineDeclined}/{outOfScope.Count})");
        foreach (var kind in inScope.GroupBy(q => q.Kind))
        {
            output.WriteLine($"  {kind.Key}: {kind.Count(correct.Contains)}/{kind.Count()}");
        }

        foreach (var miss in inScope.Except(correct))
        {
            var got = results[miss];
            output.WriteLine($"MISS {miss.Expected} \"{miss.Text}\" → {got.Best?.Question.Id.ToString() ?? "nothing"} (confident: {got.Confident})");
        }

        foreach (var wrong in outOfScope.Except(declined))
        {
            output.WriteLine($"ANSWERED \"{wrong.Text}\" → {results[wrong].Best?.Question.Id}");
        }

        accuracy.ShouldBeGreaterThanOrEqualTo(0.95);
        rejection.ShouldBeGreaterThanOrEqualTo(0.90);
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
