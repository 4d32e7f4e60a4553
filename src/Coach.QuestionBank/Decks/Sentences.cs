namespace Coach.QuestionBank.Decks;

/// <summary>Splits prose into sentences, the key points of an answer written as a paragraph.</summary>
internal static class Sentences
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "etc", "vs", "approx", "incl", "cf", "no",
    };

    /// <summary>
    /// Sentences end at <c>.</c>, <c>!</c> or <c>?</c> before a space and at line breaks;
    /// <c>e.g.</c>, version numbers and IP addresses do not end one.
    /// </summary>
    public static IEnumerable<string> Split(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var start = 0;
            for (var i = 0; i < line.Length; i++)
            {
                if (line[i] is '.' or '!' or '?' && EndsSentence(line, i))
                {
                    var sentence = line[start..(i + 1)].Trim();
                    if (sentence.Length > 0)
                    {
                        yield return sentence;
                    }

                    start = i + 1;
                }
            }

            var rest = line[start..].Trim();
            if (rest.Length > 0)
            {
                yield return rest;
            }
        }
    }

    private static bool EndsSentence(string line, int i)
    {
        if (i + 1 < line.Length && !char.IsWhiteSpace(line[i + 1]))
        {
            return false;
        }

        var wordStart = i;
        while (wordStart > 0 && !char.IsWhiteSpace(line[wordStart - 1]) && line[wordStart - 1] != '(')
        {
            wordStart--;
        }

        return !Abbreviations.Contains(line[wordStart..i]);
    }
}
