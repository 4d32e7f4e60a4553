using Coach.Core.Grading;
using Coach.Core.Ports;
using Coach.Core.Questions;
using Coach.QuestionBank.Content;
using Coach.QuestionBank.Decks;
using Coach.QuestionBank.Search;
using Microsoft.Extensions.Logging;

namespace Coach.QuestionBank;

/// <summary>
/// The questions being served and their index. Content is applied as a whole snapshot; a deck
/// that comes back with problems keeps its last good version, so a half-saved edit never takes
/// questions away. A deck seen for the first time with problems serves its good questions.
/// </summary>
public sealed partial class LiveQuestionBank(ILogger<LiveQuestionBank> logger) : IQuestionBank, IQuestionSearch, IAnswerGrader, IDisposable
{
    private readonly Lock _applying = new();

    // Readers take one consistent view; Apply builds the next one and swaps it in whole.
    private volatile Served _served = new(null, new Dictionary<string, Deck>(), [], new Dictionary<QuestionId, Question>());

    public IReadOnlyList<Question> Questions => _served.Questions;

    public Question? Find(QuestionId id) => _served.ById.GetValueOrDefault(id);

    // Mentions and links are chat markup, not words (ChatMarkup): taken out here, where every search and grade comes in.
    public SearchResult Search(string text, int limit = 5) => Search(text, limit, SearchTuning.MinCoverage);

    /// <summary>The search, confident from <paramref name="minCoverage"/> of the query's weight; for the calibration test.</summary>
    internal SearchResult Search(string text, int limit, double minCoverage) =>
        (OnCurrentIndex(index => index.Search(ChatMarkup.Strip(text ?? ""), Math.Min(limit, 50), minCoverage)) ?? SearchResult.Empty(text ?? "")) with { Query = text ?? "" };

    public IReadOnlyList<Question> Related(QuestionId id, int limit = 2) => OnCurrentIndex(index => index.Related(id, limit)) ?? [];

    public AnswerGrade Grade(Question question, string answer) =>
        OnCurrentIndex(index => index.Grade(question, ChatMarkup.Strip(answer ?? ""))) ?? new AnswerGrade(0, [.. question.KeyPoints.Select(point => new KeyPointGrade(point, false, 0, []))]);

    /// <summary>Serves <paramref name="content"/>, keeping the last good version of any deck or synonym file with problems.</summary>
    public void Apply(ContentSnapshot content)
    {
        lock (_applying)
        {
            foreach (var problem in content.Problems)
            {
                LogProblem(problem.ToString());
            }

            var served = _served;
            var synonyms = ChooseSynonyms(content.Synonyms, served.Index);
            var rebuild = served.Index is null || !SameGroups(served.Index.Synonyms, synonyms);
            var index = rebuild ? new QuestionIndex(synonyms) : served.Index!;

            var decks = content.Decks.Where(deck => deck.Id.Length > 0).ToDictionary(deck => deck.Id, deck => ChooseVersion(deck, served.Decks));
            foreach (var deck in decks.Values.Where(deck => rebuild || !SameQuestions(deck, served.Decks.GetValueOrDefault(deck.Id))))
            {
                index.ReplaceDeck(deck.Id, deck.Questions);
            }

            foreach (var gone in served.Decks.Keys.Where(id => !decks.ContainsKey(id)))
            {
                index.ReplaceDeck(gone, []);
            }

            var questions = decks.Values.OrderBy(deck => deck.Id, StringComparer.Ordinal).SelectMany(deck => deck.Questions.OrderBy(q => q.Number)).ToList();
            _served = new Served(index, decks, questions, questions.ToDictionary(question => question.Id));
            if (rebuild)
            {
                // A search that acquired the old searcher keeps it alive until it releases it.
                served.Index?.Dispose();
            }

            LogIndexed(questions.Count, decks.Count);
            Changed?.Invoke(questions);
        }
    }

    /// <summary>Raised with the new questions each time a version of the bank is served; handlers must be quick.</summary>
    public event Action<IReadOnlyList<Question>>? Changed;

    public void Dispose() => _served.Index?.Dispose();

    private T? OnCurrentIndex<T>(Func<QuestionIndex, T> use)
        where T : class
    {
        var index = _served.Index;
        try
        {
            return index is null ? null : use(index);
        }
        catch (ObjectDisposedException) when (!ReferenceEquals(index, _served.Index))
        {
            // New synonyms replaced the whole index between reading it and searching it.
            return _served.Index is { } current ? use(current) : null;
        }
    }

    private Deck ChooseVersion(Deck deck, IReadOnlyDictionary<string, Deck> served)
    {
        if (deck.IsValid || !served.TryGetValue(deck.Id, out var lastGood))
        {
            return deck;
        }

        LogKeptLastGood(deck.Id, deck.Problems.Count);
        return lastGood;
    }

    private SynonymGroups ChooseSynonyms(SynonymGroups synonyms, QuestionIndex? served)
    {
        if (synonyms.Problems.Count == 0 || served is null)
        {
            return synonyms with { Problems = [] };
        }

        LogKeptLastGood(SynonymGroups.FileName, synonyms.Problems.Count);
        return served.Synonyms;
    }

    private static bool SameQuestions(Deck deck, Deck? served) =>
        served is not null && deck.Questions.Select(Comparable).SequenceEqual(served.Questions.Select(Comparable));

    private static (QuestionId, string, string, string) Comparable(Question q) => (q.Id, q.Topic, q.Title, q.AnswerMarkdown);

    private static bool SameGroups(SynonymGroups a, SynonymGroups b) =>
        a.Groups.Count == b.Groups.Count && a.Groups.Zip(b.Groups).All(pair => pair.First.SequenceEqual(pair.Second));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Content problem: {Problem}")]
    private partial void LogProblem(string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Keeping the last good version of {File}: the new one has {Count} problem(s)")]
    private partial void LogKeptLastGood(string file, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed {Questions} questions from {Decks} deck(s)")]
    private partial void LogIndexed(int questions, int decks);

    private sealed record Served(
        QuestionIndex? Index, IReadOnlyDictionary<string, Deck> Decks, IReadOnlyList<Question> Questions, IReadOnlyDictionary<QuestionId, Question> ById);
}
