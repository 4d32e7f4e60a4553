using System.Globalization;
using Coach.QuestionBank.Search;
using Xunit.Abstractions;

namespace Coach.QuestionBank.Tests.Search;

/// <summary>
/// How the words' confidence threshold (<see cref="SearchTuning.MinCoverage"/>) is chosen (issue 17):
/// on every tuning set at once, never on the unseen held-out set, as the most cautious threshold
/// whose cost is within one of the least. The cost is what a person loses: a right answer declined
/// counts 1 (it is still among the suggestions), a confident wrong answer 2. One is noise over 636
/// queries (the curve is not smooth: 62 at 0.49, 66 at 0.52, 63 at 0.56), and between costs that
/// close, the threshold that answers wrongly less often is the better. Each set left out in
/// turn is scored with the threshold the other three choose, and printed, so the choice is seen to
/// carry over. A change to ranking or coverage that moves the best threshold fails here until the
/// threshold is chosen again.
/// </summary>
public sealed class ConfidenceCalibrationTests(SeedBank seed, ShippedBank shipped, ITestOutputHelper output) : IClassFixture<SeedBank>, IClassFixture<ShippedBank>
{
    private static readonly double[] Thresholds = [.. Enumerable.Range(0, 31).Select(i => Math.Round(0.40 + (0.01 * i), 2))];

    [Fact]
    public void The_shipped_threshold_is_the_most_cautious_within_one_of_the_least_cost_on_the_tuning_sets()
    {
        // Each set over the bank it was written for.
        var sets = LabelledQuery.TuningSets.Select(set => (set.Name, Bank: set.SeedDeck ? seed.Bank : shipped.Bank)).ToList();
        var costs = sets.ToDictionary(set => set.Name, set => Thresholds.Select(threshold => Cost(set.Bank, LabelledQuery.Load(set.Name), threshold)).ToArray());

        var total = Thresholds.Select((_, t) => costs.Values.Sum(cost => cost[t])).ToArray();
        output.WriteLine("threshold: cost on all tuning sets");
        output.WriteLine(string.Join("  ", Thresholds.Select((threshold, t) => $"{F(threshold)}: {total[t]}")));

        foreach (var left in sets.Select(set => set.Name))
        {
            var others = Thresholds.Select((_, t) => costs.Where(cost => cost.Key != left).Sum(cost => cost.Value[t])).ToArray();
            var chosen = Choose(others);
            output.WriteLine($"left out {left}: the others choose {F(Thresholds[chosen])}, which costs {costs[left][chosen]} on it ({costs[left][Index(SearchTuning.MinCoverage)]} at the shipped {F(SearchTuning.MinCoverage)})");
        }

        Thresholds[Choose(total)].ShouldBe(SearchTuning.MinCoverage);
    }

    private static int Cost(LiveQuestionBank bank, IReadOnlyList<LabelledQuery> queries, double threshold) =>
        queries.Sum(query =>
        {
            var result = bank.Search(query.Text, 5, threshold);
            var rightFirst = query.InScope && result.Best?.Question.Id.ToString() == query.Expected;
            return result.Confident ? (rightFirst ? 0 : 2) : (rightFirst ? 1 : 0);
        });

    /// <summary>The highest threshold whose cost is within one of the least.</summary>
    private static int Choose(int[] costs) => Enumerable.Range(0, costs.Length).Last(t => costs[t] <= costs.Min() + 1);

    private static int Index(double threshold) => Array.FindIndex(Thresholds, candidate => Math.Abs(candidate - threshold) < 1e-9);

    private static string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
