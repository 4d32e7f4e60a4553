using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Coach.QuestionBank.Search;

/// <summary>
/// Corrects words that appear nowhere in the bank, in any form, to the nearest word that does
/// ("maice" → "macie"). A word the bank knows by its stem is never rewritten: "roles" is not a typo
/// of "role", nor "stop" of "stops". Words under eight letters get one edit, longer ones two: two
/// edits turn too many short real words into other real words ("product" → "protect").
/// </summary>
internal sealed class SpellingCorrector(Analyzer analyzer)
{
    private const int MinLength = 4;
    private const int LongWord = 8;

    /// <returns>The corrected text, or null when every word was known or had no near neighbour.</returns>
    public string? Correct(SpellingVocabulary vocabulary, string text)
    {
        var corrected = new StringBuilder(text.Length);
        var copied = 0;
        using var stream = analyzer.GetTokenStream(IndexFields.Spelling, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var word = term.ToString();
            if (offset.StartOffset < copied || word.Length < MinLength || word.Any(char.IsDigit) || vocabulary.ContainsAnyForm(word))
            {
                continue;
            }

            if (vocabulary.Nearest(word, word.Length < LongWord ? 1 : 2) is { } replacement)
            {
                corrected.Append(text, copied, offset.StartOffset - copied).Append(replacement);
                copied = offset.EndOffset;
            }
        }

        stream.End();
        return copied == 0 ? null : corrected.Append(text, copied, text.Length - copied).ToString();
    }
}
