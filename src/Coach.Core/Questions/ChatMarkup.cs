using System.Text.RegularExpressions;

namespace Coach.Core.Questions;

/// <summary>
/// Chat markup taken out of what people type before it is searched or graded: mentions are not
/// words. Slack sends a mention as <c>&lt;@U0123ABC&gt;</c> (or <c>&lt;@U0123ABC|name&gt;</c>), a
/// broadcast as <c>&lt;!channel&gt;</c>, <c>&lt;!here&gt;</c>, <c>&lt;!subteam^S123|@team&gt;</c>, a
/// channel link as <c>&lt;#C123|name&gt;</c> (the name stays), a link as <c>&lt;url|label&gt;</c> (the
/// label stays) or <c>&lt;url&gt;</c>; Teams wraps a mention as <c>&lt;at&gt;Name&lt;/at&gt;</c>.
/// </summary>
public static partial class ChatMarkup
{
    public static string Strip(string text)
    {
        if (text.IndexOf('<', StringComparison.Ordinal) < 0)
        {
            return text;
        }

        var stripped = TeamsMention().Replace(text, " ");
        stripped = SlackMarkup().Replace(stripped, match => match.Groups["kind"].Value switch
        {
            "#" => " " + match.Groups["label"].Value + " ",
            "@" or "!" => " ",
            _ => " " + (match.Groups["label"].Success ? match.Groups["label"].Value : match.Groups["body"].Value) + " ",
        });
        return Spaces().Replace(stripped, " ").Trim();
    }

    [GeneratedRegex(@"<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TeamsMention();

    // <@U…>, <!here>, <#C…|name>, <https://…|label>, <mailto:…>: Slack's escapes never hold '<' or '>' inside.
    [GeneratedRegex(@"<(?<kind>[@!#]|(?=[a-z][a-z0-9+.-]*:))(?<body>[^<>|\s]*)(\|(?<label>[^<>]*))?>", RegexOptions.IgnoreCase)]
    private static partial Regex SlackMarkup();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
