using BenchmarkDotNet.Attributes;
using Coach.QuestionBank.Content;
using Coach.QuestionBank.Search;
using Coach.QuestionBank.Semantic;
using Coach.QuestionBank.Tests.Search;
using Coach.Tests;
using Microsoft.Extensions.Logging.Abstractions;

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
    private LiveQuestionBank _bank = null!;
    private Bm25Baseline _baseline = null!;
    private HybridSearch _hybrid = null!;

    [Params("what is macie", "sg vs nacl", "what is maice", "find pii in s3 buckets", "best pizza in town", "should I terminate a compromised instance right away")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _bank = new LiveQuestionBank(NullLogger<LiveQuestionBank>.Instance);
        _bank.Apply(ContentReader.ReadAsync(RepositoryPaths.Content, CancellationToken.None).GetAwaiter().GetResult());
        _baseline = new Bm25Baseline(_bank.Questions);
        var vectors = new QuestionVectors(new SentenceEmbedder());
        vectors.Build(_bank.Questions);
        _hybrid = new HybridSearch(_bank, vectors);
    }

    [Benchmark(Baseline = true)]
    public string? PlainBm25() => _baseline.Best(Query);

    [Benchmark]
    public bool Coach() => _bank.Search(Query).Confident;

    /// <summary>The default: words, then meaning when the words decline (the model runs only then).</summary>
    [Benchmark]
    public bool CoachWithMeaning() => _hybrid.Search(Query).Confident;

    [GlobalCleanup]
    public void Dispose()
    {
        _bank.Dispose();
        _baseline.Dispose();
        GC.SuppressFinalize(this);
    }
}
