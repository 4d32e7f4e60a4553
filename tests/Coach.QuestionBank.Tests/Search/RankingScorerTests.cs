using System.Globalization;
using System.Text;
using Coach.QuestionBank.Content;
using Coach.QuestionBank.Decks;
using Coach.QuestionBank.Search;
using Coach.Tests;
using Lucene.Net.Search;

namespace Coach.QuestionBank.Tests.Search;

/// <summary>
/// Coach ranks with its own BM25 accumulator instead of Lucene's scorers (for speed); these tests
/// hold it to Lucene's answers for the same query: the same questions, in the same order, with the
/// same scores.
/// </summary>
public sealed class RankingScorerTests
{
    [Fact]
    public async Task Every_labelled_query_ranks_the_seed_deck_exactly_as_lucene_does()
    {
        var content = await ContentReader.ReadAsync(RepositoryPaths.Content, CancellationToken.None);
        using var index = new QuestionIndex(content.Synonyms);
        foreach (var deck in content.Decks)
        {
            index.ReplaceDeck(deck.Id, deck.Questions);
        }

        foreach (var query in LabelledQuery.Load())
        {
            ShouldRankAsLucene(index, query.Text);
        }
    }

    [Fact]
    public void A_bank_of_several_segments_and_a_replaced_deck_ranks_exactly_as_lucene_does()
    {
        using var index = new QuestionIndex(SynonymGroups.None);
        for (var deck = 0; deck < 3; deck++)
        {
            index.ReplaceDeck($"deck{deck}", Generated($"deck{deck}", 1_500, seed: deck).Questions);
        }

        // A replaced deck changes every statistic the scores depend on (document count, lengths).
        index.ReplaceDeck("deck1", Generated("deck1", 700, seed: 7).Questions);
        index.WithSearcher(searcher => searcher.IndexReader.Leaves.Count).ShouldBeGreaterThan(1);

        var random = new Random(11);
        var words = Vocabulary(seed: 0);
        for (var i = 0; i < 200; i++)
        {
            ShouldRankAsLucene(index, string.Join(' ', Enumerable.Range(0, random.Next(1, 7)).Select(_ => words[random.Next(words.Length)])));
        }
    }

    private static void ShouldRankAsLucene(QuestionIndex index, string text)
    {
        var (ours, lucene) = index.WithSearcher(searcher =>
        {
            var texts = QueryTerm.Analyze(index.Analyzer, IndexFields.All, text).Select(term => term.Text).Distinct().ToArray();
            var postings = QueryPostings.Find(searcher.IndexReader, texts);
            var collector = TopScoreDocCollector.Create(SearchTuning.RerankDepth, docsScoredInOrder: true);
            searcher.Search(LuceneRankingQuery.For(texts, postings.Title, postings.All), collector);
            return (RankingScorer.Top(postings, SearchTuning.RerankDepth), collector.GetTopDocs().ScoreDocs);
        });

        ours.Select(hit => hit.Doc).ShouldBe(lucene.Select(hit => hit.Doc), $"ranking of \"{text}\"");
        for (var i = 0; i < ours.Length; i++)
        {
            ours[i].Score.ShouldBe(lucene[i].Score, tolerance: Math.Abs(lucene[i].Score) * 1e-6, $"score {i} of \"{text}\"");
        }
    }

    private static Deck Generated(string deckId, int questions, int seed)
    {
        var random = new Random(seed);
        var words = Vocabulary(seed: 0);
        string Words(int min, int max) => string.Join(' ', Enumerable.Range(0, random.Next(min, max)).Select(_ => words[(int)(Math.Pow(random.NextDouble(), 2) * words.Length)]));
        var markdown = new StringBuilder("## Generated\n\n");
        for (var n = 1; n <= questions; n++)
        {
            markdown.Append(CultureInfo.InvariantCulture, $"### {n}. What is {Words(2, 7)}?\n{Words(10, 40)}\n\n");
        }

        return DeckParser.Parse(deckId, $"{deckId}.md", markdown.ToString());
    }

    private static string[] Vocabulary(int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, 400).Select(_ => new string([.. Enumerable.Range(0, random.Next(3, 9)).Select(_ => (char)('a' + random.Next(26)))]))];
    }
}
