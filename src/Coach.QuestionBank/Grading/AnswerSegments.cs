using System.Text.RegularExpressions;

namespace Coach.QuestionBank.Grading;

/// <summary>
/// An answer cut into the pieces that are compared with each key point: its sentences, lines and
/// bullets (a semicolon ends one too), then the clauses of those sentences that are lists. A key
/// point is usually one claim, and one claim is best matched against the words that make it:
/// "Put Cognito or a Lambda authorizer in front, throttle requests, and attach WAF" makes three.
/// </summary>
internal static partial class AnswerSegments
{
    /// <summary>More than this many pieces (a pasted essay) are not all compared: the first ones are.</summary>
    public const int MaxSegments = 24;

    /// <summary>Nor more words than this in all.</summary>
    public const int MaxWords = 600;

    public static IReadOnlyList<string> Of(string answer)
    {
        var segments = new List<string>();
        var words = 0;
        foreach (var piece in Boundary().Split(answer))
        {
            var text = piece.Trim(' ', '\t', '-', '*', '•', '"', '(', ')');
            var count = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            if (count == 0 || (count == 1 && text.Length < 3))
            {
                continue;
            }

            if (segments.Count == MaxSegments || words + count > MaxWords)
            {
                break;
            }

            segments.Add(text);
            words += count;
        }

        // Lists ("a, b, and c") only: a single comma usually joins one claim to its reason.
        var clauses = segments.Where(sentence => sentence.Count(c => c == ',') >= 2)
            .SelectMany(sentence => sentence.Split(',', StringSplitOptions.TrimEntries))
            .Where(clause => clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 2)
            .Take(MaxSegments - segments.Count)
            .ToList();
        return [.. segments, .. clauses];
    }

    // A sentence ends at . ! ? followed by a space (not "e.g.x" or "1.5"), at a semicolon, or at a line break.
    [GeneratedRegex(@"(?<=[.!?])\s+|[;\r\n]+")]
    private static partial Regex Boundary();
}
