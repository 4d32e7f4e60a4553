using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Coach.Core.Questions;

/// <summary>
/// A question's stable id, <c>&lt;deck&gt;/&lt;number&gt;</c> (e.g. <c>aws-security/19</c>):
/// the deck is the Markdown file's stem, the number the one in its <c>### N.</c> heading.
/// </summary>
public readonly record struct QuestionId(string Deck, int Number)
{
    public override string ToString() => $"{Deck}/{Number.ToString(CultureInfo.InvariantCulture)}";

    public static bool TryParse(string? text, [NotNullWhen(true)] out QuestionId? id)
    {
        id = null;
        var slash = text?.LastIndexOf('/') ?? -1;
        if (text is null || slash <= 0 || slash == text.Length - 1)
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
        {
            return false;
        }

        id = new QuestionId(text[..slash], number);
        return true;
    }

    public static QuestionId Parse(string text) =>
        TryParse(text, out var id) ? id.Value : throw new FormatException($"'{text}' is not a question id of the form deck/number.");
}
