using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Coach.Playground.Rendering;

/// <summary>
/// A deck's Markdown as HTML that cannot run anything: raw HTML in the Markdown is shown as text,
/// and links keep only web and mail addresses.
/// </summary>
internal static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UsePipeTables().Build();

    public static string ToHtml(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafe(link.Url))
            {
                link.Url = "#";
            }
        }

        return document.ToHtml(Pipeline);
    }

    private static bool IsSafe(string? url) =>
        url is null
        || url.StartsWith('#')
        || (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "mailto");
}
