using Coach.Core.Ports;
using Coach.QuestionBank.Content;
using Coach.QuestionBank.Grading;
using Coach.QuestionBank.Search;
using Coach.QuestionBank.Semantic;
using Coach.Tests;
using Microsoft.Extensions.Logging.Abstractions;

namespace Coach.QuestionBank.Tests;

/// <summary>
/// The seed deck and the shipped synonyms, loaded once per test class that asks for it: the bank
/// issue 11's labelled sets were written on, so their figures stay comparable as decks are added.
/// </summary>
public sealed class SeedBank() : LoadedBank(SeedOnly())
{
    private static ContentSnapshot SeedOnly() => new(
        [ContentReader.ReadDeckAsync(RepositoryPaths.SeedDeck, CancellationToken.None).GetAwaiter().GetResult()],
        ContentReader.ReadSynonymsAsync(Path.Combine(RepositoryPaths.Content, SynonymGroups.FileName), CancellationToken.None).GetAwaiter().GetResult());
}

/// <summary>Every shipped deck, as the service loads <c>content/</c>.</summary>
public sealed class ShippedBank() : LoadedBank(ContentReader.ReadAsync(RepositoryPaths.Content, CancellationToken.None).GetAwaiter().GetResult());

/// <summary>A content snapshot in a live bank, with the graders and the search by meaning built over it on first use.</summary>
public abstract class LoadedBank : IDisposable
{
    private IAnswerGrader? _combined;
    private HybridSearch? _hybrid;

    protected LoadedBank(ContentSnapshot content)
    {
        Content = content;
        Bank.Apply(Content);
    }

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

    public void Dispose()
    {
        Bank.Dispose();
        GC.SuppressFinalize(this);
    }

    private HybridSearch BuildHybrid()
    {
        Vectors.Build(Bank.Questions);
        return new HybridSearch(Bank, Vectors);
    }
}
