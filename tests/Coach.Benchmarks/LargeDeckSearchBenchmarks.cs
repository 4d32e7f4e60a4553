using BenchmarkDotNet.Attributes;
using Coach.QuestionBank.Content;
using Coach.QuestionBank.Decks;
using Coach.QuestionBank.Search;
using Coach.QuestionBank.Tests.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coach.QuestionBank.Benchmarks;

/// <summary>Query latency on a generated deck of 100,000 questions against the plain BM25 baseline, and what the index holds in memory.</summary>
[MemoryDiagnoser]
[MedianColumn]
[WarmupCount(3)]
[IterationCount(15)]
public class LargeDeckSearchBenchmarks : IDisposable
{
    public const int Questions = 100_000;
    private LiveQuestionBank _bank = null!;
    private Bm25Baseline _baseline = null!;
    private string _knownTitle = "";

    [Params("known title", "two common words", "typo", "out of scope")]
    public string Kind { get; set; } = "";

    private string Query => Kind switch
    {
        "known title" => _knownTitle,
        "two common words" => string.Join(' ', _knownTitle.Split(' ').Skip(2).Take(2)),
        "typo" => Transposed(_knownTitle.TrimEnd('?').Split(' ')[^1]),
        _ => "best pizza in town",
    };

    [GlobalSetup]
    public void Setup()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var deck = DeckParser.Parse("generated", "generated.md", GeneratedDeck.Markdown(Questions));
        _bank = new LiveQuestionBank(NullLogger<LiveQuestionBank>.Instance);
        _bank.Apply(new ContentSnapshot([deck], SynonymGroups.None));
        var after = GC.GetTotalMemory(forceFullCollection: true);
        _knownTitle = _bank.Questions[Questions / 2].Title;
        _baseline = new Bm25Baseline(_bank.Questions);
        Console.WriteLine($"// managed memory held by {Questions:N0} parsed and indexed questions: {(after - before) / (1024.0 * 1024):F0} MiB");
    }

    [Benchmark(Baseline = true)]
    public string? PlainBm25() => _baseline.Best(Query);

    [Benchmark]
    public int Coach() => _bank.Search(Query).Matches.Count;

    [GlobalCleanup]
    public void Dispose()
    {
        _bank.Dispose();
        _baseline.Dispose();
        GC.SuppressFinalize(this);
    }

    // A real typo: the last two letters of a long word swapped.
    private static string Transposed(string word) => word.Length > 4 ? word[..^2] + word[^1] + word[^2] : word;
}
