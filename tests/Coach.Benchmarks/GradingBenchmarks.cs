using BenchmarkDotNet.Attributes;
using Coach.Core.Questions;
using Coach.QuestionBank.Tests;

namespace Coach.QuestionBank.Benchmarks;

/// <summary>
/// Grading one 100-word answer (question 17, security groups vs NACLs): words alone, the
/// baseline, against words and meaning with the sentence model warm.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[WarmupCount(3)]
[IterationCount(15)]
public class GradingBenchmarks : IDisposable
{
    /// <summary>Exactly 100 words, in five sentences, the way someone types an answer.</summary>
    public const string HundredWordAnswer =
        "Security groups are stateful, so when traffic is allowed in the response is automatically allowed back out without any extra rule. " +
        "Network ACLs are stateless, which means you have to add explicit rules for the return traffic, usually on the ephemeral port range. " +
        "A security group is attached to an instance or its network interface, while a NACL protects a whole subnet. " +
        "Security groups only have allow rules and evaluate all of them together. " +
        "NACLs support both allow and deny rules and are evaluated in order by rule number, lowest first, until one matches. " +
        "Use both together for layered defence.";

    private SeedBank _seed = null!;
    private Question _question = null!;

    [GlobalSetup]
    public void Setup()
    {
        _seed = new SeedBank();
        _question = _seed.Bank.Find(new QuestionId("aws-security", 17))!;
        _seed.Combined.Grade(_question, "warm the model up");
    }

    [Benchmark(Baseline = true)]
    public int Lexical() => _seed.Bank.Grade(_question, HundredWordAnswer).Score;

    [Benchmark]
    public int Combined() => _seed.Combined.Grade(_question, HundredWordAnswer).Score;

    [GlobalCleanup]
    public void Dispose()
    {
        _seed.Dispose();
        GC.SuppressFinalize(this);
    }
}
