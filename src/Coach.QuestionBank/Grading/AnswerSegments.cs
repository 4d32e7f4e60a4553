using System.Text.RegularExpressions;

namespace Coach.QuestionBank.Grading;

/// <summary>
/// An answer cut into the pieces that are compared with each key point: its sentences, lines and
/// bullets, and the clauses of a sentence joined by a semicolon. A key point is usually one claim,
/// and one claim is best matched against one sentence, not against the whole answer.
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

        return segments;
    }

    // A sentence ends at . ! ? followed by a space (not "e.g.x" or "1.5"), at a semicolon, or at a line break.
    [GeneratedRegex(@"(?<=[.!?])\s+|[;\r\n]+")]
    private static partial Regex Boundary();
}
