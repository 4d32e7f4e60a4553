using Coach.Core.Questions;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Coach.QuestionBank.Tests.Search;

/// <summary>
/// What a plain FAQ bot does: StandardAnalyzer, BM25 over title and answer, the user's text
/// escaped into Lucene's query parser, no synonyms, no typo tolerance, and any hit is an answer.
/// </summary>
public sealed class Bm25Baseline : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly StandardAnalyzer _analyzer = new(Version);
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;

    public Bm25Baseline(IEnumerable<Question> questions)
    {
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity() }))
        {
            foreach (var question in questions)
            {
                writer.AddDocument(
                [
                    new StringField("id", question.Id.ToString(), Field.Store.YES),
                    new TextField("text", $"{question.Title}\n{question.AnswerMarkdown}", Field.Store.NO),
                ]);
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
    }

    /// <returns>The id of the best hit, or null when nothing matched.</returns>
    public string? Best(string text)
    {
        var parser = new QueryParser(Version, "text", _analyzer);
        var escaped = QueryParserBase.Escape(text);
        if (string.IsNullOrWhiteSpace(escaped))
        {
            return null;
        }

        var hits = _searcher.Search(parser.Parse(escaped), 1).ScoreDocs;
        return hits.Length == 0 ? null : _searcher.Doc(hits[0].Doc).Get("id");
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
