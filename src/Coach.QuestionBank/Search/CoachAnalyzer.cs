using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Synonym;

namespace Coach.QuestionBank.Search;

/// <summary>
/// The one analyzer for indexing and querying the meaning fields: words, Porter stems, synonym
/// concepts, then stop words. The spelling field keeps words as written.
/// </summary>
internal sealed class CoachAnalyzer(SynonymMap? synonyms) : Analyzer(PER_FIELD_REUSE_STRATEGY)
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        if (fieldName == IndexFields.Spelling)
        {
            var (words, wordStream) = TextAnalysis.SurfaceWords(reader);
            return new TokenStreamComponents(words, wordStream);
        }

        var (source, stream) = TextAnalysis.Stems(reader);
        if (synonyms is not null)
        {
            stream = new SynonymFilter(stream, synonyms, ignoreCase: false);
        }

        return new TokenStreamComponents(source, new StopFilter(TextAnalysis.Version, stream, TextAnalysis.StemmedStopWords));
    }
}
