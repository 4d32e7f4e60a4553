using System.Net;
using System.Text;
using Coach.Core.App;
using Coach.Core.App.Text;
using Coach.Core.Grading;

namespace Coach.Playground.Rendering;

/// <summary>
/// Coach's messages as HTML for the page, the way Block Kit or an Adaptive Card shows them on a
/// real platform. Every piece of text is encoded here; only deck Markdown becomes markup.
/// </summary>
internal static class MessageHtml
{
    public static string Render(CoachMessage message)
    {
        var html = new StringBuilder();
        if (!message.HasContentParts)
        {
            Text(html, message.Text);
        }

        foreach (var part in message.Parts)
        {
            switch (part)
            {
                case Paragraph paragraph:
                    Text(html, paragraph.Text);
                    break;
                case QuestionCard card:
                    html.Append("<div class=\"card question\"><div class=\"topic\">").Append(Encode(card.Question.Topic))
                        .Append("</div><div class=\"title\">").Append(Encode(card.Question.Title)).Append("</div></div>");
                    break;
                case AnswerCard card:
                    html.Append("<div class=\"card answer\"><div class=\"topic\">").Append(Encode(card.Question.Topic))
                        .Append("</div><div class=\"title\">Model answer: ").Append(Encode(card.Question.Title))
                        .Append("</div><div class=\"markdown\">").Append(SafeMarkdown.ToHtml(card.Question.AnswerMarkdown)).Append("</div>");
                    if (card.Grade is { } grade)
                    {
                        Grade(html, grade);
                    }

                    html.Append("</div>");
                    break;
                case TextPrompt prompt:
                    html.Append("<form class=\"prompt\" data-action=\"").Append(Encode(prompt.ActionId)).Append("\" data-value=\"").Append(Encode(prompt.Value))
                        .Append("\"><label>").Append(Encode(prompt.Label)).Append(" <input type=\"text\" name=\"text\" maxlength=\"1000\" placeholder=\"")
                        .Append(Encode(prompt.Placeholder)).Append("\"></label> <button type=\"submit\">").Append(Encode(prompt.Label)).Append("</button></form>");
                    break;
                case ButtonRow row:
                    html.Append("<div class=\"buttons\">");
                    foreach (var button in row.Buttons)
                    {
                        html.Append("<button type=\"button\" data-action=\"").Append(Encode(button.ActionId))
                            .Append("\" data-value=\"").Append(Encode(button.Value)).Append("\">")
                            .Append(Encode(button.Label)).Append("</button>");
                    }

                    html.Append("</div>");
                    break;
            }
        }

        return html.ToString();
    }

    private static void Grade(StringBuilder html, AnswerGrade grade)
    {
        html.Append("<div class=\"grade\"><div class=\"score\">").Append(Encode(grade.Summary)).Append("</div><ul class=\"points\">");
        foreach (var point in grade.KeyPoints)
        {
            html.Append(point.Covered ? "<li class=\"covered\"><span class=\"mark\">covered</span> " : "<li class=\"missed\"><span class=\"mark\">missed</span> ")
                .Append(Encode(point.KeyPoint));
            if (point.Covered && point.Evidence.Count > 0)
            {
                html.Append(" <span class=\"evidence\">you said: ").Append(Encode(string.Join(" … ", point.Evidence))).Append("</span>");
            }

            html.Append("</li>");
        }

        html.Append("</ul>");
        foreach (var tip in grade.Tips)
        {
            html.Append("<p class=\"tip\">").Append(Encode(tip)).Append("</p>");
        }

        html.Append("</div>");
    }

    /// <summary>Words encoded with their line breaks kept, and commands set as code the way Slack types them, as chat clients show them.</summary>
    private static void Text(StringBuilder html, CoachText text) =>
        html.Append("<p class=\"text\">")
            .Append(text.Render(words => Encode(words).Replace("\n", "<br>", StringComparison.Ordinal), command => $"<code>{Encode(command.Slashed)}</code>"))
            .Append("</p>");

    /// <summary>Plain text, commands the way Slack types them: what the page's accessible names and notifications read.</summary>
    public static string Plain(CoachText text) => text.Render(words => words, command => command.Slashed);

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
