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
public sealed partial class LiveQuestionBank(ILogger<LiveQuestionBank> logger) : IQuestionBank, IQuestionSearch, IDisposable
{
    private readonly Lock _applying = new();
    private QuestionIndex? _index;
    private IReadOnlyDictionary<string, Deck> _decks = new Dictionary<string, Deck>();
    private IReadOnlyList<Question> _questions = [];

    public IReadOnlyList<Question> Questions => _questions;

    public IReadOnlyCollection<Deck> Decks => [.. _decks.Values];

    public Question? Find(QuestionId id) =>
        _decks.TryGetValue(id.Deck, out var deck) ? deck.Questions.FirstOrDefault(question => question.Number == id.Number) : null;

    public SearchResult Search(string text, int limit = 5) =>
        _index?.Search(text ?? "", Math.Min(limit, 50)) ?? SearchResult.Empty(text ?? "");

    public IReadOnlyList<Question> Related(QuestionId id, int limit = 2) => _index?.Related(id, limit) ?? [];

    /// <summary>Serves <paramref name="content"/>, keeping the last good version of any deck or synonym file with problems.</summary>
    public void Apply(ContentSnapshot content)
    {
        lock (_applying)
        {
            foreach (var problem in content.Problems)
            {
                LogProblem(problem.ToString());
            }

            var synonyms = ChooseSynonyms(content.Synonyms);
            var index = _index;
            var rebuild = index is null || !SameGroups(index.Synonyms, synonyms);
            if (rebuild)
            {
                index = new QuestionIndex(synonyms);
            }

            var decks = content.Decks.Where(deck => deck.Id.Length > 0).ToDictionary(deck => deck.Id, ChooseVersion);
            foreach (var deck in decks.Values.Where(deck => rebuild || !SameQuestions(deck, _decks.GetValueOrDefault(deck.Id))))
            {
                index!.ReplaceDeck(deck.Id, deck.Questions);
            }

            foreach (var gone in _decks.Keys.Where(id => !decks.ContainsKey(id)))
            {
                index!.ReplaceDeck(gone, []);
            }

            var previous = _index;
            (_index, _decks) = (index, decks);
            _questions = [.. decks.Values.OrderBy(deck => deck.Id, StringComparer.Ordinal).SelectMany(deck => deck.Questions.OrderBy(q => q.Number))];
            if (rebuild)
            {
                // Searches still holding the old searcher keep it alive until they release it.
                previous?.Dispose();
            }

            LogIndexed(_questions.Count, decks.Count);
        }
    }

    public void Dispose() => _index?.Dispose();

    private Deck ChooseVersion(Deck deck)
    {
        if (deck.IsValid || !_decks.TryGetValue(deck.Id, out var lastGood))
        {
            return deck;
        }

        LogKeptLastGood(deck.Id, deck.Problems.Count);
        return lastGood;
    }

    private SynonymGroups ChooseSynonyms(SynonymGroups synonyms)
    {
        if (synonyms.Problems.Count == 0 || _index is null)
        {
            return synonyms with { Problems = [] };
        }

        LogKeptLastGood(SynonymGroups.FileName, synonyms.Problems.Count);
        return _index.Synonyms;
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
}
