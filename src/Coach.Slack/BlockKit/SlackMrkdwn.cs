using System.Text;
using Coach.Core.App.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Coach.Slack.BlockKit;

/// <summary>
/// Text for Slack's mrkdwn. People's words and Coach's plain text are escaped, so that
/// <c>&lt;!channel&gt;</c> or <c>&lt;@U…&gt;</c> in an answer never pings anyone; deck Markdown is
/// converted (bold, italics, code, lists, links) with its text escaped the same way.
/// </summary>
public static class SlackMrkdwn
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>Slack's three control characters, as its documentation asks.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>The reverse, for text Slack sends us.</summary>
    public static string Unescape(string text) =>
        text.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);

    /// <summary>Coach's text: words escaped, commands as code the way they are typed in Slack, <c>/coach progress</c>.</summary>
    public static string FromText(CoachText text) => text.Render(Escape, command => $"`{Escape(command.Slashed)}`");

    public static string FromMarkdown(string markdown)
    {
        var output = new StringBuilder();
        foreach (var block in Markdown.Parse(markdown, Pipeline))
        {
            Block(output, block, indent: "");
        }

        return output.ToString().TrimEnd();
    }

    private static void Block(StringBuilder output, Block block, string indent)
    {
        switch (block)
        {
            case HeadingBlock heading:
                output.Append(indent).Append('*').Append(Inlines(heading.Inline)).Append("*\n\n");
                break;
            case ParagraphBlock paragraph:
                output.Append(indent).Append(Inlines(paragraph.Inline)).Append("\n\n");
                break;
            case ListBlock list:
                var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var bullet = list.IsOrdered ? $"{number++}. " : "• ";
                    var first = true;
                    foreach (var child in item)
                    {
                        if (child is ParagraphBlock itemParagraph)
                        {
                            output.Append(indent).Append(first ? bullet : "    ").Append(Inlines(itemParagraph.Inline)).Append('\n');
                        }
                        else
                        {
                            Block(output, child, indent + "    ");
                        }

                        first = false;
                    }
                }

                if (indent.Length == 0)
                {
                    output.Append('\n');
                }

                break;
            case FencedCodeBlock or CodeBlock:
                var code = (LeafBlock)block;
                output.Append("```\n").Append(Escape(code.Lines.ToString())).Append("\n```\n\n");
                break;
            case QuoteBlock quote:
                foreach (var child in quote)
                {
                    Block(output, child, indent + "> ");
                }

                break;
            case ThematicBreakBlock:
                output.Append("―――\n\n");
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                output.Append(indent).Append(Inlines(leaf.Inline)).Append("\n\n");
                break;
        }
    }

    private static string Inlines(ContainerInline? inlines)
    {
        var output = new StringBuilder();
        for (var inline = inlines?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            Inline(output, inline);
        }

        return output.ToString();
    }

    private static void Inline(StringBuilder output, Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                output.Append(Escape(literal.Content.ToString()));
                break;
            case CodeInline code:
                output.Append('`').Append(Escape(code.Content)).Append('`');
                break;
            case EmphasisInline emphasis:
                var mark = emphasis.DelimiterCount >= 2 ? "*" : "_";
                output.Append(mark).Append(Inlines(emphasis)).Append(mark);
                break;
            case LinkInline { IsImage: false } link when Uri.TryCreate(link.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https":
                output.Append('<').Append(url.AbsoluteUri.Replace("|", "%7C", StringComparison.Ordinal).Replace(">", "%3E", StringComparison.Ordinal)).Append('|').Append(Inlines(link)).Append('>');
                break;
            case LineBreakInline:
                output.Append('\n');
                break;
            case ContainerInline container:
                output.Append(Inlines(container));
                break;
            case HtmlEntityInline entity:
                output.Append(Escape(entity.Transcoded.ToString()));
                break;
        }
    }
}
