using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Coach.QuestionBank.Search;

/// <summary>
/// Corrects words that appear nowhere in the bank to the nearest word that does ("maice" →
/// "macie"), using Lucene's Levenshtein automata over the spelling field. Short words get one
/// edit, words of eight letters or more two; the first letter must match, as it nearly always does in real typos.
/// </summary>
internal sealed class SpellingCorrector(Analyzer analyzer, IReadOnlySet<string> extraVocabulary)
{
    private const int MinLength = 4;

    // Two edits turn too many real words into other real words ("product" → "protect") below this.
    private const int LongWord = 8;

    /// <returns>The corrected text, or null when every word was known or had no near neighbour.</returns>
    public string? Correct(IndexReader reader, string text)
    {
        var terms = MultiFields.GetTerms(reader, IndexFields.Spelling);
        if (terms is null)
        {
            return null;
        }

        var known = terms.GetEnumerator();
        var corrected = new StringBuilder(text.Length);
        var copied = 0;
        using var stream = analyzer.GetTokenStream(IndexFields.Spelling, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var word = term.ToString();
            if (offset.StartOffset < copied || !NeedsCorrection(known, word))
            {
                continue;
            }

            if (Nearest(terms, word) is { } replacement)
            {
                corrected.Append(text, copied, offset.StartOffset - copied).Append(replacement);
                copied = offset.EndOffset;
            }
        }

        stream.End();
        return copied == 0 ? null : corrected.Append(text, copied, text.Length - copied).ToString();
    }

    private bool NeedsCorrection(TermsEnum known, string word) =>
        word.Length >= MinLength
        && !word.Any(char.IsDigit)
        && !extraVocabulary.Contains(word)
        && !known.SeekExact(new BytesRef(word));

    private static string? Nearest(Terms terms, string word)
    {
        var maxEdits = word.Length < LongWord ? 1 : 2;
        var candidates = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(IndexFields.Spelling, word), maxEdits, 1, true);
        // The enum rates each candidate by its edit distance relative to the word's length.
        var similarity = candidates.Attributes.AddAttribute<IBoostAttribute>();
        string? best = null;
        var bestSimilarity = float.MinValue;
        var bestFrequency = 0;
        while (candidates.MoveNext())
        {
            var frequency = candidates.DocFreq;
            if (similarity.Boost > bestSimilarity || (similarity.Boost == bestSimilarity && frequency > bestFrequency))
            {
                (best, bestSimilarity, bestFrequency) = (candidates.Term.Utf8ToString(), similarity.Boost, frequency);
            }
        }

        return best;
    }
}
