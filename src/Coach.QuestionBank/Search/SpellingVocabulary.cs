using Lucene.Net.Index;

namespace Coach.QuestionBank.Search;

/// <summary>
/// Every word the served questions use, as written, with how many questions use it; read from
/// the index's spelling field each time the index changes. Lucene's FuzzyTermsEnum builds a
/// Levenshtein automaton per word (about 70 µs for one edit, over 1 ms for two on this machine);
/// comparing against the few words of the same first letter and a near length is far cheaper.
/// </summary>
internal sealed class SpellingVocabulary
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string> _stems;
    private readonly Dictionary<(char First, int Length), (string Word, int Frequency)[]> _byFirstLetterAndLength;

    private SpellingVocabulary(IEnumerable<(string Word, int Frequency)> words, IEnumerable<string> alsoKnown)
    {
        var list = words.ToList();
        _words = [.. list.Select(w => w.Word), .. alsoKnown];
        _stems = [.. _words.Select(TextAnalysis.Stem)];
        _byFirstLetterAndLength = list
            .GroupBy(w => (w.Word[0], w.Word.Length))
            .ToDictionary(group => group.Key, group => group.ToArray());
    }

    public static SpellingVocabulary Empty { get; } = new([], []);

    /// <param name="alsoKnown">Words that are right though no question uses them, such as synonyms.</param>
    public static SpellingVocabulary Read(IndexReader reader, IEnumerable<string> alsoKnown)
    {
        var words = new List<(string, int)>();
        var terms = MultiFields.GetTerms(reader, IndexFields.Spelling)?.GetEnumerator();
        while (terms?.MoveNext() == true)
        {
            words.Add((terms.Term.Utf8ToString(), terms.DocFreq));
        }

        return new SpellingVocabulary(words, alsoKnown);
    }

    public bool Contains(string word) => _words.Contains(word);

    /// <summary>Whether the bank uses this word in some form: "roles" when it says "role", "privately" when it says "private".</summary>
    public bool ContainsAnyForm(string word) => _words.Contains(word) || _stems.Contains(TextAnalysis.Stem(word));

    /// <summary>
    /// The closest used word within <paramref name="maxEdits"/> that starts with the same letter, as
    /// real typos nearly always do; ties go to the word more questions use.
    /// </summary>
    public string? Nearest(string word, int maxEdits)
    {
        if (word.Length == 0)
        {
            return null;
        }

        string? best = null;
        var bestEdits = maxEdits + 1;
        var bestFrequency = 0;
        for (var length = Math.Max(1, word.Length - maxEdits); length <= word.Length + maxEdits; length++)
        {
            if (!_byFirstLetterAndLength.TryGetValue((word[0], length), out var candidates))
            {
                continue;
            }

            foreach (var (candidate, frequency) in candidates)
            {
                var edits = EditDistance.AtMost(word, candidate, maxEdits);
                if (edits < bestEdits || (edits == bestEdits && edits <= maxEdits && frequency > bestFrequency))
                {
                    (best, bestEdits, bestFrequency) = (candidate, edits, frequency);
                }
            }
        }

        return best;
    }
}
