using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Coach.Core.App;
using Coach.Core.App.Text;
using Coach.Core.Grading;

namespace Coach.Teams.Cards;

/// <summary>
/// What Coach says, as a Bot Framework message activity: Markdown text, or, when the message has
/// parts, one Adaptive Card with them and the text as its summary (what notifications show). Never
/// both: Teams shows an activity's text and its card as two messages, and refuses to update one
/// that has both. Text people typed is escaped, so their Markdown is shown as written, never rendered.
/// Commands are written as they are typed in the conversation: Teams has no slash
/// commands, and outside a personal chat a bot only hears a message that mentions it.
/// </summary>
internal static partial class TeamsCards
{
    /// <summary>The bot's name in <c>infra/teams/manifest.json</c>, which people mention it by.</summary>
    public const string BotName = "Coach";

    public static JsonObject Activity(CoachMessage message, TeamsConversation conversation)
    {
        var personal = conversation.Kind == TeamsConversation.Personal;
        return message.Parts.Count > 0
            ? new JsonObject { ["type"] = "message", ["summary"] = Plain(message.Text, personal), ["attachments"] = new JsonArray(Card(message, personal).ToAttachment()) }
            : new JsonObject { ["type"] = "message", ["text"] = Markdown(message.Text, personal), ["textFormat"] = "markdown" };
    }

    public static AdaptiveCard Card(CoachMessage message, bool personal)
    {
        var card = new AdaptiveCard();
        if (!message.HasContentParts)
        {
            card.Text(Markdown(message.Text, personal));
        }

        foreach (var part in message.Parts)
        {
            switch (part)
            {
                case Paragraph paragraph:
                    card.Text(Markdown(paragraph.Text, personal));
                    break;
                case QuestionCard question:
                    card.Text(Escape(question.Question.Topic), subtle: true).Text(Escape(question.Question.Title), bold: true, size: "Medium");
                    break;
                case AnswerCard answer:
                    card.Text($"Model answer: {Escape(answer.Question.Title)}", bold: true).Text(answer.Question.AnswerMarkdown);
                    if (answer.Grade is { } grade)
                    {
                        card.Text(Grade(grade));
                    }

                    break;
                case AnswerBox box:
                    card.TextBox(box.Placeholder).Submit(box.Label, box.ActionId, "");
                    break;
                case TextPrompt prompt:
                    card.Text(Escape(prompt.Label), bold: true).TextBox(prompt.Placeholder).Submit(prompt.Label, prompt.ActionId, prompt.Value);
                    break;
                case ButtonRow row:
                    foreach (var button in row.Buttons)
                    {
                        card.Submit(button.Label, button.ActionId, button.Value);
                    }

                    break;
            }
        }

        return card;
    }

    private static string Grade(AnswerGrade grade)
    {
        var text = new StringBuilder("**").Append(Escape(grade.Summary)).Append("**");
        foreach (var point in grade.KeyPoints)
        {
            text.Append("\n\n").Append(point.Covered ? "✅ " : "❌ ").Append(Escape(point.KeyPoint));
        }

        foreach (var tip in grade.Tips)
        {
            text.Append("\n\n💡 ").Append(Escape(tip));
        }

        return text.ToString();
    }

    /// <summary>A command as typed here: as it is in a personal chat, after a mention of Coach elsewhere unless it is said in a direct message anyway.</summary>
    public static string Typed(ChatCommand command, bool personal) =>
        personal || !command.IsSlashCommand ? command.Words : $"@{BotName} {command.Words}";

    /// <summary>Words escaped, commands in bold as they are typed here.</summary>
    public static string Markdown(CoachText text, bool personal) =>
        text.Render(Escape, command => $"**{Escape(Typed(command, personal))}**");

    /// <summary>Plain text for notifications, which show no Markdown.</summary>
    public static string Plain(CoachText text, bool personal) => text.Render(words => words, command => Typed(command, personal));

    /// <summary>Markdown characters in text that is not ours to format get a backslash, so they show as typed.</summary>
    public static string Escape(string text) => MarkdownCharacter().Replace(text, @"\$0");

    // The characters that start formatting in Teams' Markdown subset (emphasis, links, code, strike, HTML-like tags).
    [GeneratedRegex(@"[\\`*_\[\]<>~]")]
    private static partial Regex MarkdownCharacter();
}
