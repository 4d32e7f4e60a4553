using Xunit.Abstractions;

namespace Coach.QuestionBank.Tests.Search;

/// <summary>
/// Issue 17's first held-out queries (<c>Data/heldout/queries.tsv</c>), over the seed deck. Written
/// 2026-12-02 and not tuned on until its misses had been read; from 2026-12-07 it is tuning data and
/// the headline is <see cref="SecondHeldOutRetrievalQualityTests"/>. Right means the right question
/// first and confident. With the coverage threshold chosen on every tuning set (this one included),
/// the engine reaches 88.5 % (words alone) and 92.1 % (default); the test holds those as a floor.
/// </summary>
public sealed class HeldOutRetrievalQualityTests(SeedBank seed, ITestOutputHelper output) : IClassFixture<SeedBank>
{
    private static readonly IReadOnlyList<LabelledQuery> Queries = LabelledQuery.Load(Path.Combine("heldout", "queries.tsv"));

    [Fact]
    public void The_held_out_set_is_as_large_and_as_chatty_as_the_issue_asks()
    {
        Queries.Count(q => q.InScope).ShouldBeGreaterThanOrEqualTo(150);
        Queries.Count(q => !q.InScope).ShouldBeGreaterThanOrEqualTo(40);
        Queries.Where(q => q.InScope).Select(q => q.Expected).Distinct().Count().ShouldBe(20);
        Queries.Count(q => q.Kind == "chat").ShouldBeGreaterThanOrEqualTo(Queries.Count(q => q.InScope) / 2);
        Queries.Count(q => q.Kind == "near-domain").ShouldBeGreaterThanOrEqualTo(10);
    }

    [Theory]
    [InlineData("words alone")]
    [InlineData("words, then meaning")]
    public void First_held_out_queries_keep_their_figures_and_decline_nine_in_ten_out_of_scope(string engine)
    {
        var run = RetrievalRun.Of(Queries, engine == "words alone" ? text => seed.Bank.Search(text) : text => seed.Hybrid.Search(text));
        var rankedFirst = run.InScope.Count(q => run.Results[q].Best?.Question.Id.ToString() == q.Expected);

        output.WriteLine($"held out, coach ({engine}): {run.Figures}; ranked first {rankedFirst}");
        foreach (var kind in Queries.GroupBy(q => q.Kind))
        {
            var right = kind.Count(q => q.InScope ? run.Correct.Contains(q) : run.Declined.Contains(q));
            output.WriteLine($"  {kind.Key}: {right}/{kind.Count()}");
        }

        run.WriteMisses(output);

        run.Accuracy.ShouldBeGreaterThanOrEqualTo(engine == "words alone" ? 146 / 165.0 : 152 / 165.0);
        run.Rejection.ShouldBeGreaterThanOrEqualTo(0.90);
    }
}
