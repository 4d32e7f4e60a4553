using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Coach.QuestionBank.Search;

/// <summary>The steps of text analysis shared by indexing, querying and synonym parsing.</summary>
internal static class TextAnalysis
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Words that carry no meaning in a question to a coach ("what is the difference between …",
    // "how would you give another account …"): English function words and question filler.
    private static readonly string[] FillerWords =
    [
        "about", "above", "after", "again", "all", "also", "am", "any", "anyone", "anything", "because", "been", "before",
        "being", "below", "both", "can", "could", "define", "definition", "describe", "did", "difference", "differences",
        "do", "does", "doing", "down", "during", "each", "else", "even", "ever", "every", "explain", "few", "from", "further",
        "get", "give", "go", "going", "good", "had", "has", "have", "having", "he", "her", "here", "him", "his", "how", "i",
        "its", "just", "know", "like", "me", "mean", "meaning", "means", "more", "most", "much", "my", "need", "now",
        "off", "once", "one", "only", "other", "our", "ours", "out", "over", "own", "please", "really", "same", "she",
        "should", "so", "some", "someone", "something", "than", "thing", "things", "those", "through", "too", "under",
        "until", "up", "us", "very", "vs", "versus", "want", "way", "ways", "we", "were", "what", "whats", "when", "where",
        "which", "while", "who", "whom", "why", "would", "you", "your", "another", "between", "tell", "use", "using",
    ];

    /// <summary>
    /// Stop words in their stemmed form, because the stop filter runs after stemming (so that
    /// multi-word synonyms such as "denial of service" still see their small words).
    /// </summary>
    public static CharArraySet StemmedStopWords { get; } = BuildStemmedStopWords();

    /// <summary>Splits text into lower-case words: "aws:SourceArn" also yields "aws" and "sourcearn".</summary>
    public static (Tokenizer Source, TokenStream Stream) Words(TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new WordDelimiterFilter(
            Version,
            tokenizer,
            WordDelimiterFlags.GENERATE_WORD_PARTS | WordDelimiterFlags.GENERATE_NUMBER_PARTS | WordDelimiterFlags.PRESERVE_ORIGINAL,
            null);
        stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        return (tokenizer, stream);
    }

    /// <summary>Lower-case words as written, for the spelling vocabulary: nothing split, nothing stemmed.</summary>
    public static (Tokenizer Source, TokenStream Stream) SurfaceWords(TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        return (tokenizer, new LowerCaseFilter(Version, tokenizer));
    }

    /// <summary>Words, then Porter stems: "buckets" and "bucket" meet as "bucket".</summary>
    public static (Tokenizer Source, TokenStream Stream) Stems(TextReader reader)
    {
        var (source, stream) = Words(reader);
        return (source, new PorterStemFilter(stream));
    }

    /// <summary>A word's Porter stem ("deleting" → "delet"), as the meaning fields index it.</summary>
    public static string Stem(string word)
    {
        var stems = Terms(Stemmer, word);
        return stems.Count == 0 ? word : stems[0];
    }

    private static Analyzer Stemmer { get; } = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new KeywordTokenizer(reader);
        return new TokenStreamComponents(source, new PorterStemFilter(new LowerCaseFilter(Version, source)));
    });

    public static List<string> Terms(Analyzer analyzer, string text, string field = "")
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private static CharArraySet BuildStemmedStopWords()
    {
        using var stemmer = Analyzer.NewAnonymous((_, reader) =>
        {
            var (source, stream) = Stems(reader);
            return new TokenStreamComponents(source, stream);
        });
        var words = StopAnalyzer.ENGLISH_STOP_WORDS_SET.Select(word => word.ToString()).Concat(FillerWords);
        var stems = new CharArraySet(Version, 64, ignoreCase: false);
        foreach (var word in words)
        {
            foreach (var stem in Terms(stemmer, word))
            {
                stems.Add(stem);
            }
        }

        return stems;
    }
}
