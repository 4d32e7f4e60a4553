using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Coach.QuestionBank.Content;
using Coach.QuestionBank.Decks;
using Coach.QuestionBank.Search;
using Coach.QuestionBank.Tests.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coach.QuestionBank.Benchmarks;

/// <summary>Parsing and indexing 100,000 generated questions from Markdown, start to finish.</summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
[MedianColumn]
public class LargeDeckBuildBenchmarks
{
    private string _markdown = "";

    [GlobalSetup]
    public void Setup() => _markdown = GeneratedDeck.Markdown(LargeDeckSearchBenchmarks.Questions);

    [Benchmark(Baseline = true)]
    public int ParseAndPlainIndex()
    {
        var deck = DeckParser.Parse("generated", "generated.md", _markdown);
        using var baseline = new Bm25Baseline(deck.Questions);
        return deck.Questions.Count;
    }

    [Benchmark]
    public int ParseAndIndex()
    {
        using var bank = new LiveQuestionBank(NullLogger<LiveQuestionBank>.Instance);
        var deck = DeckParser.Parse("generated", "generated.md", _markdown);
        bank.Apply(new ContentSnapshot([deck], SynonymGroups.None));
        return bank.Questions.Count;
    }
}
