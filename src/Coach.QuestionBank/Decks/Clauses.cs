namespace Coach.QuestionBank.Decks;

/// <summary>
/// Splits a sentence of prose into the facts a grader would tick, so a one-sentence answer is not
/// one all-or-nothing key point. Only where English marks a new fact plainly, outside parentheses
/// and code: a semicolon; ", which …"; "… by <i>doing</i> …"; a series of verb phrases
/// ("uses IAM, logs sessions, and requires no open ports"); and, in a sentence's main clause,
/// "a service that <i>does</i> X to Y".
/// Joining words that would only begin a fragment ("which", "by", "and", "to") are left out of it.
/// </summary>
internal static class Clauses
{
    private const int MinWords = 2;

    public static IEnumerable<string> Split(string sentence)
    {
        var facts = new List<string>();
        foreach (var clause in TopLevel(sentence, "; "))
        {
            foreach (var part in SplitWhich(clause).SelectMany(SplitBy).SelectMany(SplitSeries).SelectMany(SplitThatDoes).Where(part => part.Length > 0))
            {
                // A fragment too short to stand alone stays with the fact before it.
                if (facts.Count > 0 && WordCount(part) < MinWords)
                {
                    facts[^1] = $"{facts[^1]} {part}";
                }
                else
                {
                    facts.Add(part);
                }
            }
        }

        return facts.Count > 1 ? facts.Select(Capitalized) : [sentence];
    }

    // Each fact is shown on its own ("Worth adding: …"), so it reads as a sentence would.
    private static string Capitalized(string fact) => char.IsLower(fact[0]) ? char.ToUpperInvariant(fact[0]) + fact[1..] : fact;

    private static IEnumerable<string> SplitWhich(string clause) => TopLevel(clause, ", which ");

    private static IEnumerable<string> SplitBy(string clause)
    {
        var at = FindTopLevel(clause, " by ", next => next.EndsWith("ing", StringComparison.Ordinal));
        return at < 0 ? [clause] : [clause[..at].Trim(), .. SplitBy(clause[(at + " by ".Length)..].Trim())];
    }

    /// <summary>"It uses IAM for access control, logs session activity, and requires no open ports": three facts; "RDS, Redshift, and DocumentDB" stays one.</summary>
    private static IEnumerable<string> SplitSeries(string clause)
    {
        var items = TopLevel(clause, ", ").ToList();
        if (items.Count < 3 || !items[^1].StartsWith("and ", StringComparison.Ordinal))
        {
            return [clause];
        }

        string[] phrases = [.. items.SkipLast(1), items[^1]["and ".Length..]];
        return phrases.Skip(1).All(phrase => WordCount(phrase) >= MinWords && char.IsLower(phrase[0]) && !phrase.StartsWith("and ", StringComparison.Ordinal))
            ? phrases
            : [clause];
    }

    /// <summary>"A managed service that uses machine learning to discover sensitive data": what it is, what it uses, what it does.</summary>
    private static IEnumerable<string> SplitThatDoes(string clause)
    {
        var at = FindTopLevel(clause, " that ", next => next.EndsWith('s') || next.EndsWith("ly", StringComparison.Ordinal));
        if (at < 0 || WordCount(clause[..at]) < 3 || !char.IsUpper(clause[0]))
        {
            return [clause];
        }

        var does = clause[(at + " that ".Length)..].Trim();
        var purpose = FindTopLevel(does, " to ", next => next.Length > 0 && char.IsLower(next[0]));
        return purpose < 0 || WordCount(does[..purpose]) < 3
            ? [clause[..at].Trim(), does]
            : [clause[..at].Trim(), does[..purpose].Trim(), does[(purpose + " to ".Length)..].Trim()];
    }

    private static IEnumerable<string> TopLevel(string text, string separator)
    {
        var start = 0;
        for (var at = FindTopLevel(text, separator, _ => true, start); at >= 0; at = FindTopLevel(text, separator, _ => true, start))
        {
            yield return text[start..at].Trim();
            start = at + separator.Length;
        }

        yield return text[start..].Trim();
    }

    /// <summary>Where <paramref name="separator"/> is, outside parentheses and code, followed by a word <paramref name="next"/> accepts; -1 if nowhere.</summary>
    private static int FindTopLevel(string text, string separator, Func<string, bool> next, int from = 0)
    {
        var depth = 0;
        var code = false;
        for (var i = 0; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '`':
                    code = !code;
                    continue;
                case '(' when !code:
                    depth++;
                    continue;
                case ')' when !code && depth > 0:
                    depth--;
                    continue;
            }

            if (i >= from && depth == 0 && !code && string.CompareOrdinal(text, i, separator, 0, separator.Length) == 0 && next(NextWord(text, i + separator.Length)))
            {
                return i;
            }
        }

        return -1;
    }

    private static string NextWord(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
