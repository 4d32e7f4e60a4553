using System.Text;
using Markdig.Syntax.Inlines;

namespace Coach.QuestionBank.Decks;

/// <summary>Markdown inlines as the words a reader sees: no emphasis marks, code spans kept as text.</summary>
internal static class PlainText
{
    /// <summary>Line breaks come out as <c>\n</c>: in the decks a new line often starts a new point.</summary>
    public static string Of(ContainerInline? inlines)
    {
        var text = new StringBuilder();
        Append(text, inlines);
        return text.ToString().Trim();
    }

    private static void Append(StringBuilder text, Inline? inline)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append('\n');
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case HtmlInline or HtmlEntityInline:
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(text, child);
                }

                break;
        }
    }
}
