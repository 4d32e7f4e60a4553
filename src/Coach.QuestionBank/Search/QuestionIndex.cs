using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Coach.Core.Grading;
using Coach.Core.Questions;
using Coach.QuestionBank.Grading;
using Lucene.Net.Index;
using Lucene.Net.Queries.Mlt;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Coach.QuestionBank.Search;

/// <summary>
/// The in-memory Lucene index of every served question: one long-lived writer, one
/// <see cref="SearcherManager"/>, decks replaced whole by their id. A derived cache of the
/// content folder, rebuilt at every start and never persisted.
/// </summary>
internal sealed class QuestionIndex : IDisposable
{
    private const int IndexingBatch = 1000;
    private const int MaxRelatedCached = 200_000;
    private readonly CoachAnalyzer _analyzer;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly SpellingCorrector _spelling;
    private readonly ConcurrentDictionary<QuestionId, Question> _questions = new();
    private readonly string[] _synonymWords;
    private volatile SpellingVocabulary _vocabulary = SpellingVocabulary.Empty;

    // A question's related questions depend only on the index, not on who asks: found once per
    // version of the index (MoreLikeThis costs several times a search), which a deck change replaces.
    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<(QuestionId Id, int Limit), Question[]>> RelatedByVersion = [];

    public QuestionIndex(SynonymGroups synonyms)
    {
        Synonyms = synonyms;
        _analyzer = new CoachAnalyzer(SynonymConcepts.Build(synonyms));
        var config = new IndexWriterConfig(TextAnalysis.Version, _analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            // Compound files pay off for file handles on disk; in memory they only add a
            // buffered, locked layer to every read.
            UseCompoundFile = false,
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 0 },
            // Large decks index in a few big segments rather than many small ones merged later.
            RAMBufferSizeMB = 256,
        };
        _writer = new IndexWriter(new RAMDirectory(), config);
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
        _synonymWords = [.. synonyms.Groups.SelectMany(group => group).SelectMany(phrase => TextAnalysis.Terms(_analyzer, phrase, IndexFields.Spelling))];
        _spelling = new SpellingCorrector(_analyzer);
    }

    public SynonymGroups Synonyms { get; }

    /// <summary>Replaces every question of <paramref name="deckId"/> with <paramref name="questions"/>, atomically for searches.</summary>
    public void ReplaceDeck(string deckId, IReadOnlyCollection<Question> questions)
    {
        var kept = questions.Select(q => q.Id).ToHashSet();
        var stale = _questions.Keys.Where(id => id.Deck == deckId && !kept.Contains(id)).ToList();
        foreach (var question in questions)
        {
            _questions[question.Id] = question;
        }

        // Searchers see nothing of this until the refresh below, so the delete and the adds
        // land together. The writer indexes on several threads at once; large decks use them all.
        _writer.DeleteDocuments(new Term(IndexFields.Deck, deckId));
        Parallel.ForEach(questions.Chunk(IndexingBatch), batch => _writer.AddDocuments(batch.Select(QuestionDocument.From)));
        _searchers.MaybeRefreshBlocking();
        _vocabulary = WithSearcher(searcher => SpellingVocabulary.Read(searcher.IndexReader, _synonymWords));

        foreach (var id in stale)
        {
            _questions.TryRemove(id, out _);
        }
    }

    /// <summary>The search, confident when the best question holds <paramref name="minCoverage"/> of the query's weight (<see cref="SearchTuning.MinCoverage"/> as served).</summary>
    public SearchResult Search(string text, int limit, double minCoverage)
    {
        var query = text.Length > SearchTuning.MaxQueryLength ? text[..SearchTuning.MaxQueryLength] : text;
        if (string.IsNullOrWhiteSpace(query) || limit <= 0)
        {
            return SearchResult.Empty(text);
        }

        return WithSearcher(searcher =>
        {
            var corrected = _spelling.Correct(_vocabulary, query);
            var terms = QueryTerm.Analyze(_analyzer, IndexFields.All, corrected ?? query);
            if (terms.Count == 0)
            {
                return new SearchResult(text, false, [], corrected);
            }

            // BM25 ranks a deep-enough pool; coverage then prefers the questions that hold all
            // of what was asked over those matching one word strongly (a title word, say).
            var postings = QueryPostings.Find(searcher.IndexReader, [.. terms.Select(term => term.Text).Distinct()]);
            var pool = RankingScorer.Top(postings, Math.Max(limit, SearchTuning.RerankDepth));
            var coverage = QueryCoverage.Of(postings, terms, pool);
            var ranked = pool
                .Select((hit, i) => (Hit: hit, Coverage: coverage[i], Score: hit.Score * coverage[i]))
                .Where(candidate => candidate.Coverage > 0)
                .OrderByDescending(candidate => candidate.Score)
                .Take(limit)
                .ToList();
            var matches = ranked.Select(candidate => ToMatch(searcher, candidate.Hit.Doc, candidate.Score)).OfType<SearchMatch>().ToList();
            var confidence = ranked.Count > 0 ? ranked[0].Coverage : 0;
            return new SearchResult(text, confidence >= minCoverage, matches, corrected);
        });
    }

    /// <summary>The analyzer of queries and questions alike; for tests that compare rankings with Lucene's own.</summary>
    internal CoachAnalyzer Analyzer => _analyzer;

    /// <summary>Runs <paramref name="use"/> on the current searcher, which a concurrent refresh keeps alive until it is released.</summary>
    internal T WithSearcher<T>(Func<IndexSearcher, T> use)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return use(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    public AnswerGrade Grade(Question question, string answer) => WithSearcher(searcher =>
        {
            var reader = searcher.IndexReader;
            var documents = Math.Max(reader.NumDocs, 1);
            var keyPoints = question.KeyPoints
                .Select(point => (point, (IReadOnlyList<QueryTerm>)QueryTerm.Analyze(_analyzer, IndexFields.All, point)))
                .ToList();
            var answerTerms = QueryTerm.Analyze(_analyzer, IndexFields.All, answer);
            return LexicalGrader.Grade(keyPoints, answerTerms, answer, term => QueryCoverage.Idf(reader.DocFreq(new Term(IndexFields.All, term)), documents));
        });

    public IReadOnlyList<Question> Related(QuestionId id, int limit)
    {
        if (!_questions.TryGetValue(id, out var question) || limit <= 0)
        {
            return [];
        }

        return WithSearcher(searcher =>
        {
            var known = RelatedByVersion.GetValue(searcher.IndexReader, _ => new());
            if (known.TryGetValue((id, limit), out var related))
            {
                return related;
            }

            related = FindRelated(searcher, question, limit);
            if (known.Count < MaxRelatedCached)
            {
                known[(id, limit)] = related;
            }

            return related;
        });
    }

    private Question[] FindRelated(IndexSearcher searcher, Question question, int limit)
    {
        var like = new MoreLikeThis(searcher.IndexReader)
        {
            Analyzer = _analyzer,
            FieldNames = [IndexFields.Title, IndexFields.All],
            MinTermFreq = 1,
            MinDocFreq = 1,
        };
        using var text = new StringReader($"{question.Title}\n{question.AnswerMarkdown}");
        var hits = searcher.Search(like.Like(text, IndexFields.All), limit + 1).ScoreDocs;
        return hits.Select(hit => ToMatch(searcher, hit.Doc, hit.Score)?.Question)
            .OfType<Question>()
            .Where(related => related.Id != question.Id)
            .Take(limit)
            .ToArray();
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _analyzer.Dispose();
    }

    private SearchMatch? ToMatch(IndexSearcher searcher, int doc, double score)
    {
        var id = QuestionId.Parse(searcher.Doc(doc).Get(IndexFields.Id));
        return _questions.TryGetValue(id, out var question) ? new SearchMatch(question, score) : null;
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new BM25Similarity() };
    }
}
