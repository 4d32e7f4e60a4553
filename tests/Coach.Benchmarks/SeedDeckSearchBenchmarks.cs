using BenchmarkDotNet.Attributes;
using Coach.QuestionBank.Tests;
using Coach.QuestionBank.Tests.Search;

namespace Coach.QuestionBank.Benchmarks;

/// <summary>
/// One <c>/ask</c> on the 20-question seed deck: Coach's search (synonyms, typo correction,
/// coverage re-ranking), by words alone and with meaning, against the plain BM25 baseline, per kind of query.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[WarmupCount(3)]
[IterationCount(15)]
public class SeedDeckSearchBenchmarks : IDisposable
{
    private SeedBank _seed = null!;
    private Bm25Baseline _baseline = null!;

    [Params("what is macie", "sg vs nacl", "what is maice", "find pii in s3 buckets", "best pizza in town", "should I terminate a compromised instance right away")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _seed = new SeedBank();
        _baseline = new Bm25Baseline(_seed.Bank.Questions);
        _ = _seed.Hybrid; // embeds the questions now, not in the first measured call
    }

    [Benchmark(Baseline = true)]
    public string? PlainBm25() => _baseline.Best(Query);

    [Benchmark]
    public bool Coach() => _seed.Bank.Search(Query).Confident;

    /// <summary>The default: words, then meaning when the words decline (the model runs only then).</summary>
    [Benchmark]
    public bool CoachWithMeaning() => _seed.Hybrid.Search(Query).Confident;

    [GlobalCleanup]
    public void Dispose()
    {
        _seed.Dispose();
        _baseline.Dispose();
        GC.SuppressFinalize(this);
    }
}
