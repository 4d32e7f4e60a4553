using System.Text;
using Markdig.Syntax;

namespace Coach.QuestionBank.Decks;

/// <summary>
/// The points a good answer covers: each bullet or numbered step (nested ones too, and lines
/// that continue one), and each fact of prose (<see cref="Clauses"/>). Lead-ins such as "It uses:"
/// introduce points rather than make one.
/// </summary>
internal static class KeyPoints
{
    public static IReadOnlyList<string> Of(IEnumerable<Block> answer)
    {
        var points = new List<string>();
        foreach (var block in answer)
        {
            Collect(block, points);
        }

        return points;
    }

    private static void Collect(Block block, List<string> points)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                points.AddRange(Sentences.Split(PlainText.Of(paragraph.Inline)).Where(s => !s.EndsWith(':')).Select(Tidy).SelectMany(Clauses.Split));
                break;
            case ListBlock list:
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    CollectItem(item, points);
                }

                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    Collect(child, points);
                }

                break;
        }
    }

    private static void CollectItem(ListItemBlock item, List<string> points)
    {
        var first = true;
        foreach (var child in item)
        {
            if (first && child is ParagraphBlock paragraph)
            {
                // A bullet is one point, but a line continuing it lazily is prose of its own.
                var lines = PlainText.Of(paragraph.Inline).Split('\n').Select(Tidy).Where(point => point.Length > 0).ToList();
                points.AddRange(lines.Take(1).Concat(lines.Skip(1).SelectMany(Clauses.Split)));
            }
            else
            {
                Collect(child, points);
            }

            first = false;
        }
    }

    /// <summary>Trims and folds every run of white space to one space, in one pass.</summary>
    private static string Tidy(string text)
    {
        var span = text.AsSpan().Trim();
        var tidy = new StringBuilder(span.Length);
        var space = false;
        foreach (var c in span)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                tidy.Append(' ');
                space = false;
            }

            tidy.Append(c);
        }

        return tidy.ToString();
    }
}
