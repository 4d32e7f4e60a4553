using Coach.Core.Ports;
using Coach.QuestionBank.Content;
using Coach.QuestionBank.Grading;
using Coach.QuestionBank.Search;
using Coach.QuestionBank.Semantic;
using Coach.Tests;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coach.QuestionBank.Tests;

/// <summary>The shipped content folder, loaded once per test class that asks for it.</summary>
public sealed class SeedBank : IDisposable
{
    public SeedBank()
    {
        Content = ContentReader.ReadAsync(RepositoryPaths.Content, CancellationToken.None).GetAwaiter().GetResult();
        Bank.Apply(Content);
    }

    private IAnswerGrader? _combined;
    private HybridSearch? _hybrid;

    public ContentSnapshot Content { get; }

    public LiveQuestionBank Bank { get; } = new(NullLogger<LiveQuestionBank>.Instance);

    /// <summary>Words and meaning: the lexical grade of <see cref="Bank"/> lifted by the sentence model.</summary>
    public IAnswerGrader Combined => _combined ??= new CombinedGrader(Bank, new SentenceEmbedder());

    /// <summary>Search by words, and by meaning when the words decline; the question vectors built up front.</summary>
    internal HybridSearch Hybrid => _hybrid ??= BuildHybrid();

    public QuestionVectors Vectors { get; } = new(new SentenceEmbedder());

    /// <summary>The grader by name, as the quality tests report them: "lexical" or "combined".</summary>
    public IAnswerGrader Grader(string name) => name switch
    {
        "lexical" => Bank,
        "combined" => Combined,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "lexical or combined"),
    };

    public void Dispose() => Bank.Dispose();

    private HybridSearch BuildHybrid()
    {
        Vectors.Build(Bank.Questions);
        return new HybridSearch(Bank, Vectors);
    }
}
