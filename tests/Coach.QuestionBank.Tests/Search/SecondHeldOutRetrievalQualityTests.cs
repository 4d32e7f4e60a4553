using Xunit.Abstractions;

namespace Coach.QuestionBank.Tests.Search;

/// <summary>
/// Issue 17's second held-out query set (<c>Data/heldout-2/queries.tsv</c>), written 2026-12-07
/// before that day's engine changes and never tuned on: the headline figure for <c>/ask</c> from
/// then on, since the first set's misses had been read. Right means the right question first and
/// confident, over the seed deck as the other sets are. Issue 17 asks for 95 %; measured once before
/// and once after 2026-12-07's change (the coverage threshold re-chosen on every tuning set), the
/// engine reaches 76.2 % (words alone) and 86.3 % (default), so the test holds those as a floor and
/// the issue's 95 % stays to be met. docs/benchmarks.md has both runs.
/// </summary>
public sealed class SecondHeldOutRetrievalQualityTests(SeedBank seed, ITestOutputHelper output) : IClassFixture<SeedBank>
{
    private static readonly IReadOnlyList<LabelledQuery> Queries = LabelledQuery.Load(Path.Combine("heldout-2", "queries.tsv"));

    [Fact]
    public void The_second_held_out_set_is_as_large_and_as_chatty_as_the_issue_asks()
    {
        Queries.Count(q => q.InScope).ShouldBeGreaterThanOrEqualTo(150);
        Queries.Count(q => !q.InScope).ShouldBeGreaterThanOrEqualTo(40);
        Queries.Where(q => q.InScope).GroupBy(q => q.Expected).Count().ShouldBe(20);
        Queries.Count(q => q.Kind == "chat").ShouldBeGreaterThanOrEqualTo(Queries.Count(q => q.InScope) / 2);
        Queries.Count(q => q.Kind == "near-domain").ShouldBeGreaterThanOrEqualTo(10);
    }

    [Theory]
    [InlineData("words alone")]
    [InlineData("words, then meaning")]
    public void Second_held_out_queries_keep_the_figures_measured_on_2026_12_07_and_decline_nine_in_ten_out_of_scope(string engine)
    {
        var run = RetrievalRun.Of(Queries, engine == "words alone" ? text => seed.Bank.Search(text) : text => seed.Hybrid.Search(text));
        var rankedFirst = run.InScope.Count(q => run.Results[q].Best?.Question.Id.ToString() == q.Expected);

        output.WriteLine($"second held out, coach ({engine}): {run.Figures}; ranked first {rankedFirst}");
        foreach (var kind in Queries.GroupBy(q => q.Kind))
        {
            var right = kind.Count(q => q.InScope ? run.Correct.Contains(q) : run.Declined.Contains(q));
            output.WriteLine($"  {kind.Key}: {right}/{kind.Count()}");
        }

        run.WriteMisses(output);

        run.Accuracy.ShouldBeGreaterThanOrEqualTo(engine == "words alone" ? 122 / 160.0 : 138 / 160.0);
        run.Rejection.ShouldBeGreaterThanOrEqualTo(0.90);
    }
}
