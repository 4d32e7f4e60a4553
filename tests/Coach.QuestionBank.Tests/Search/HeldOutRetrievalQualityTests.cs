using Xunit.Abstractions;

namespace Coach.QuestionBank.Tests.Search;

/// <summary>
/// Issue 17's held-out queries over the seed deck; right means the right question first and
/// confident. <c>Data/heldout-2/queries.tsv</c>, written 2026-12-07 before that day's engine change
/// and never tuned on, is the headline. <c>Data/heldout/queries.tsv</c>, written 2026-12-02, had its
/// misses read after each change of that day, so from 2026-12-07 it is tuning data. Issue 17 asks
/// for 95 %; the engine is not there yet (docs/benchmarks.md has every run), so the test holds the
/// figures last measured as a floor, so that nothing slips back.
/// </summary>
public sealed class HeldOutRetrievalQualityTests(SeedBank seed, ITestOutputHelper output) : IClassFixture<SeedBank>
{
    [Theory]
    [InlineData("heldout")]
    [InlineData("heldout-2")]
    public void The_set_is_as_large_and_as_chatty_as_the_issue_asks(string set)
    {
        var queries = Load(set);
        queries.Count(q => q.InScope).ShouldBeGreaterThanOrEqualTo(150);
        queries.Count(q => !q.InScope).ShouldBeGreaterThanOrEqualTo(40);
        queries.Where(q => q.InScope).Select(q => q.Expected).Distinct().Count().ShouldBe(20);
        queries.Count(q => q.Kind == "chat").ShouldBeGreaterThanOrEqualTo(queries.Count(q => q.InScope) / 2);
        queries.Count(q => q.Kind == "near-domain").ShouldBeGreaterThanOrEqualTo(10);
    }

    /// <param name="right">In-scope queries right when last measured (2026-12-07): the floor.</param>
    [Theory]
    [InlineData("heldout-2", "words alone", 122)]
    [InlineData("heldout-2", "words, then meaning", 138)]
    [InlineData("heldout", "words alone", 146)]
    [InlineData("heldout", "words, then meaning", 152)]
    public void Held_out_queries_keep_the_figures_last_measured_and_decline_nine_in_ten_out_of_scope(string set, string engine, int right)
    {
        var queries = Load(set);
        var run = RetrievalRun.Of(queries, engine == "words alone" ? text => seed.Bank.Search(text) : text => seed.Hybrid.Search(text));
        var rankedFirst = run.InScope.Count(q => run.Results[q].Best?.Question.Id.ToString() == q.Expected);

        output.WriteLine($"{set}, coach ({engine}): {run.Figures}; ranked first {rankedFirst}");
        foreach (var kind in queries.GroupBy(q => q.Kind))
        {
            var kindRight = kind.Count(q => q.InScope ? run.Correct.Contains(q) : run.Declined.Contains(q));
            output.WriteLine($"  {kind.Key}: {kindRight}/{kind.Count()}");
        }

        // The unseen set's misses are not printed: read once, a set is tuned on by whoever reads them.
        if (set != Unseen)
        {
            run.WriteMisses(output);
        }
        else
        {
            // The obvious queries ("macie", "sg vs nacl") are in the tuning sets too, word for word.
            var tuned = LabelledQuery.TuningSets.SelectMany(tuning => LabelledQuery.Load(tuning.Name)).Select(q => q.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var fresh = queries.Where(q => !tuned.Contains(q.Text)).ToList();
            output.WriteLine($"  not word for word in any tuning set: {fresh.Count(q => q.InScope && run.Correct.Contains(q))}/{fresh.Count(q => q.InScope)} right, {fresh.Count(q => !q.InScope && run.Declined.Contains(q))}/{fresh.Count(q => !q.InScope)} declined");
        }

        run.Correct.Count.ShouldBeGreaterThanOrEqualTo(right);
        run.Rejection.ShouldBeGreaterThanOrEqualTo(0.90);
    }

    private const string Unseen = "heldout-2";

    private static IReadOnlyList<LabelledQuery> Load(string set) => LabelledQuery.Load(Path.Combine(set, "queries.tsv"));
}
