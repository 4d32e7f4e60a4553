using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Coach.QuestionBank.Import;

/// <summary>
/// An Anki field's HTML as Markdown: bold, italics, code, links, line breaks, <c>div</c> and
/// <c>p</c> lines, bulleted and numbered lists; entities decoded; every other tag dropped for its
/// text, so no HTML is left behind. Text that would read as Markdown or HTML is escaped.
/// </summary>
public static partial class AnkiHtml
{
    private static readonly HtmlParser Parser = new();

    public static string ToMarkdown(string html)
    {
        var document = Parser.ParseDocument($"<body>{html}</body>");
        var markdown = new StringBuilder();
        Write(document.Body!, markdown, listDepth: 0);
        return Tidy(markdown.ToString());
    }

    /// <summary>A field as one line of plain text, for a question heading: formatting dropped, line breaks as spaces.</summary>
    public static string ToText(string html)
    {
        var document = Parser.ParseDocument($"<body>{LineTag().Replace(html, " $0")}</body>");
        return Whitespace().Replace(document.Body!.TextContent.Replace('\u00A0', ' '), " ").Trim();
    }

    private static void Write(INode node, StringBuilder markdown, int listDepth)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    markdown.Append(Escape(Whitespace().Replace(text.Data.Replace('\u00A0', ' '), " ")));
                    break;
                case IElement element:
                    WriteElement(element, markdown, listDepth);
                    break;
            }
        }
    }

    private static void WriteElement(IElement element, StringBuilder markdown, int listDepth)
    {
        switch (element.LocalName)
        {
            case "br":
                markdown.Append('\n');
                break;
            case "b" or "strong":
                Wrap(element, markdown, listDepth, "**");
                break;
            case "i" or "em":
                Wrap(element, markdown, listDepth, "*");
                break;
            case "code":
                markdown.Append('`').Append(element.TextContent.Replace('`', '\'')).Append('`');
                break;
            case "a" when element.GetAttribute("href") is { } href && href.StartsWith("http", StringComparison.OrdinalIgnoreCase):
                markdown.Append('[');
                Write(element, markdown, listDepth);
                markdown.Append("](").Append(href.Replace(")", "%29", StringComparison.Ordinal)).Append(')');
                break;
            case "ul" or "ol":
                markdown.Append("\n\n");
                var number = 1;
                foreach (var item in element.Children.Where(child => child.LocalName == "li"))
                {
                    markdown.Append(new string(' ', listDepth * 4)).Append(element.LocalName == "ol" ? $"{number++}. " : "* ");
                    Write(item, markdown, listDepth + 1);
                    markdown.Append('\n');
                }

                markdown.Append('\n');
                break;
            case "div" or "p":
                markdown.Append(listDepth > 0 ? "" : "\n");
                Write(element, markdown, listDepth);
                markdown.Append('\n');
                break;
            case "img" or "script" or "style":
                break;
            default:
                Write(element, markdown, listDepth);
                break;
        }
    }

    private static void Wrap(IElement element, StringBuilder markdown, int listDepth, string mark)
    {
        var inner = new StringBuilder();
        Write(element, inner, listDepth);
        var text = inner.ToString().Trim();
        if (text.Length > 0)
        {
            markdown.Append(mark).Append(text).Append(mark);
        }
    }

    // Lines trimmed at the end, list items kept indented, at most one blank line in a row.
    private static string Tidy(string markdown)
    {
        var lines = markdown.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(line => line.TrimEnd());
        var text = string.Join('\n', lines.Select(line => line.StartsWith(' ') && !ListItem().IsMatch(line) ? line.TrimStart() : line));
        return BlankLines().Replace(text, "\n\n").Trim();
    }

    // Characters that would start Markdown formatting or an HTML tag in text that was plain in Anki.
    private static string Escape(string text) => MarkdownCharacter().Replace(text, @"\$0");

    [GeneratedRegex(@"[\\`*_<>\[\]]")]
    private static partial Regex MarkdownCharacter();

    [GeneratedRegex(@"<(br|div|p|li)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LineTag();

    [GeneratedRegex(@"[ \t\r\n]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"^\s*(\*|\d+\.) ")]
    private static partial Regex ListItem();
}
