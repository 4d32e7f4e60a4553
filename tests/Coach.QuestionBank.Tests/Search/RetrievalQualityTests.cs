using Xunit.Abstractions;

namespace Coach.QuestionBank.Tests.Search;

/// <summary>
/// The labelled query set against Coach's search and against a plain BM25 baseline, in one run.
/// The figures printed here are the ones in docs/benchmarks.md.
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
    public void Coach_search_finds_the_right_question_and_declines_the_rest()
    {
        var inScope = Queries.Where(q => q.InScope).ToList();
        var outOfScope = Queries.Where(q => !q.InScope).ToList();

        var results = Queries.ToDictionary(q => q, q => seed.Bank.Search(q.Text));
        var correct = inScope.Where(q => results[q].Confident && results[q].Best?.Question.Id.ToString() == q.Expected).ToList();
        var declined = outOfScope.Where(q => !results[q].Confident).ToList();

        using var baseline = new Bm25Baseline(seed.Bank.Questions);
        var baselineCorrect = inScope.Count(q => baseline.Best(q.Text) == q.Expected);
        var baselineDeclined = outOfScope.Count(q => baseline.Best(q.Text) is null);

        var accuracy = (double)correct.Count / inScope.Count;
        var rejection = (double)declined.Count / outOfScope.Count;
        output.WriteLine($"queries: {inScope.Count} in scope, {outOfScope.Count} out of scope");
        output.WriteLine($"coach:    top-1 accuracy {accuracy:P1} ({correct.Count}/{inScope.Count}), out-of-scope declined {rejection:P1} ({declined.Count}/{outOfScope.Count})");
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
}
