using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Coach.QuestionBank.Decks;

/// <summary>Markdown as the words a reader sees: no emphasis marks, code spans kept as text, bullets as "•".</summary>
internal static class PlainText
{
    /// <summary>Blocks as paragraphs with a blank line between them, list items on their own lines, nested ones indented.</summary>
    public static string Of(IEnumerable<Block> blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            Append(text, block, indent: "");
        }

        return text.ToString().Trim();
    }

    /// <summary>Line breaks come out as <c>\n</c>: in the decks a new line often starts a new point.</summary>
    public static string Of(ContainerInline? inlines)
    {
        var text = new StringBuilder();
        Append(text, inlines);
        return text.ToString().Trim();
    }

    private static void Append(StringBuilder text, Block block, string indent)
    {
        // Top-level blocks end with a blank line, blocks inside a list item with a line break.
        var end = indent.Length == 0 ? "\n\n" : "\n";
        switch (block)
        {
            case HtmlBlock:
                break;
            case LeafBlock { Inline: { } inlines }:
                text.Append(indent).Append(Of(inlines).Replace("\n", "\n" + indent, StringComparison.Ordinal)).Append(end);
                break;
            // An empty leaf (a code fence opened in a list item and never filled) has no lines at all.
            case LeafBlock { Lines.Lines: { } lines } leaf:
                text.Append(indent).AppendJoin("\n" + indent, lines.Take(leaf.Lines.Count).Select(line => line.ToString())).Append(end);
                break;
            case ListBlock list:
                var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var bullet = list.IsOrdered ? $"{number++}. " : "• ";
                    var first = true;
                    foreach (var child in item)
                    {
                        if (first && child is ParagraphBlock paragraph)
                        {
                            text.Append(indent).Append(bullet).Append(Of(paragraph.Inline).Replace("\n", "\n" + indent + "  ", StringComparison.Ordinal)).Append('\n');
                        }
                        else
                        {
                            Append(text, child, indent + "    ");
                        }

                        first = false;
                    }
                }

                text.Append(end.Length > 1 ? "\n" : "");
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Append(text, child, indent);
                }

                break;
        }
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
