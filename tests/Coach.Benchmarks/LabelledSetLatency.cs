using System.Diagnostics;
using Coach.QuestionBank.Tests;
using Coach.QuestionBank.Tests.Search;

namespace Coach.QuestionBank.Benchmarks;

/// <summary>
/// The latency of every query of the labelled set, each timed on its own (warm-up, then a fixed
/// number of runs, median taken), for Coach's search and the plain BM25 baseline side by side.
/// BenchmarkDotNet measures a handful of queries in depth; this shows the spread across all.
/// </summary>
internal static class LabelledSetLatency
{
    private const int Warmup = 300;
    private const int Runs = 1000;

    public static void Run()
    {
        using var seed = new SeedBank();
        var bank = seed.Bank;
        using var baseline = new Bm25Baseline(bank.Questions);
        var queries = LabelledQuery.Load();

        // Let tiered compilation settle on the whole set before timing any one query.
        for (var pass = 0; pass < 100; pass++)
        {
            foreach (var query in queries)
            {
                bank.Search(query.Text);
                baseline.Best(query.Text);
            }
        }

        var timed = queries.Select(q => (q.Text, Micros: MedianMicroseconds(() => bank.Search(q.Text)))).ToList();
        var coach = timed.Select(t => t.Micros).Order().ToList();
        var plain = queries.Select(q => MedianMicroseconds(() => baseline.Best(q.Text))).Order().ToList();

        Console.WriteLine($"| search ({queries.Count} labelled queries, median of {Runs} runs each) | median query | p90 query | slowest query |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine($"| plain BM25 baseline | {At(plain, 0.5):F1} µs | {At(plain, 0.9):F1} µs | {plain[^1]:F1} µs |");
        Console.WriteLine($"| Coach | {At(coach, 0.5):F1} µs | {At(coach, 0.9):F1} µs | {coach[^1]:F1} µs |");
        Console.WriteLine($"| ratio Coach / baseline (medians) | {At(coach, 0.5) / At(plain, 0.5):F2} | | |");
        Console.WriteLine();
        foreach (var (text, micros) in timed.OrderByDescending(t => t.Micros).Take(3))
        {
            Console.WriteLine($"slow: \"{text}\" {micros:F1} µs");
        }
    }

    private static double MedianMicroseconds(Action search)
    {
        for (var i = 0; i < Warmup; i++)
        {
            search();
        }

        var times = new double[Runs];
        for (var i = 0; i < Runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            search();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(times);
        return times[Runs / 2];
    }

    private static double At(List<double> sorted, double quantile) => sorted[(int)Math.Min(sorted.Count - 1, quantile * sorted.Count)];
}
