using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;
using Coach.Core.App;
using Coach.Core.App.Text;
using Coach.Core.Grading;
using Coach.Core.Questions;
using Coach.Slack.Api;

namespace Coach.Slack.BlockKit;

/// <summary>
/// Coach's messages as Block Kit: cards as sections, buttons as actions. Slack's limits (3,000
/// characters a text, 50 blocks a message) are met by splitting: a long text becomes several
/// sections, a message of too many blocks several messages.
/// </summary>
public static class SlackBlocks
{
    public const int MaxTextLength = 3_000;
    public const int MaxBlocks = 50;

    /// <summary>Block Kit wants every button of a message to have its own action id; the index after this separator is dropped on the way back.</summary>
    public const char ActionIndexSeparator = ':';

    /// <summary>A text box's block id: this prefix, then the value Coach gave it, which comes back with what was typed.</summary>
    public const string PromptBlockPrefix = "prompt|";

    /// <summary>Slack's limit on a message's fallback text is 40,000 characters; notifications show far less.</summary>
    private const int MaxFallbackLength = MaxTextLength;

    // A model answer's mrkdwn is the same every time it is shown: converted once per question,
    // and let go with the question when its deck is reloaded.
    private static readonly ConditionalWeakTable<Question, string> AnswerMrkdwn = [];

    public static IReadOnlyList<SlackMessage> Render(CoachMessage message)
    {
        var blocks = new List<JsonObject>();
        if (!message.HasContentParts)
        {
            Sections(blocks, SlackMrkdwn.FromText(message.Text));
        }

        var buttonIndex = 0;
        foreach (var part in message.Parts)
        {
            switch (part)
            {
                case Paragraph paragraph:
                    Sections(blocks, SlackMrkdwn.FromText(paragraph.Text));
                    break;
                case QuestionCard card:
                    blocks.Add(Context($"*{SlackMrkdwn.Escape(card.Question.Topic)}*"));
                    Sections(blocks, $"*{SlackMrkdwn.Escape(card.Question.Title)}*");
                    break;
                case AnswerCard card:
                    blocks.Add(Context($"*{SlackMrkdwn.Escape(card.Question.Topic)}*"));
                    Sections(blocks, $"*Model answer: {SlackMrkdwn.Escape(card.Question.Title)}*\n{AnswerMrkdwn.GetValue(card.Question, question => SlackMrkdwn.FromMarkdown(question.AnswerMarkdown))}");
                    if (card.Grade is { } grade)
                    {
                        blocks.Add(new JsonObject { ["type"] = "divider" });
                        Sections(blocks, Grade(grade));
                    }

                    break;
                case TextPrompt prompt:
                    // An input block in a message sends a block_actions payload when Enter is pressed.
                    blocks.Add(new JsonObject
                    {
                        ["type"] = "input",
                        ["dispatch_action"] = true,
                        ["block_id"] = Truncate(PromptBlockPrefix + prompt.Value, 255),
                        ["label"] = new JsonObject { ["type"] = "plain_text", ["text"] = Truncate(prompt.Label, 2000) },
                        ["hint"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Press Enter to send." },
                        ["element"] = new JsonObject
                        {
                            ["type"] = "plain_text_input",
                            ["action_id"] = string.Create(CultureInfo.InvariantCulture, $"{prompt.ActionId}{ActionIndexSeparator}{buttonIndex++}"),
                            ["placeholder"] = new JsonObject { ["type"] = "plain_text", ["text"] = Truncate(prompt.Placeholder, 150) },
                            ["max_length"] = 1000,
                            ["dispatch_action_config"] = new JsonObject { ["trigger_actions_on"] = new JsonArray("on_enter_pressed") },
                        },
                    });
                    break;
                case ButtonRow row:
                    var elements = new JsonArray();
                    foreach (var button in row.Buttons)
                    {
                        elements.Add(new JsonObject
                        {
                            ["type"] = "button",
                            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = Truncate(button.Label, 75), ["emoji"] = true },
                            ["action_id"] = string.Create(CultureInfo.InvariantCulture, $"{button.ActionId}{ActionIndexSeparator}{buttonIndex++}"),
                            ["value"] = button.Value,
                        });
                    }

                    blocks.Add(new JsonObject { ["type"] = "actions", ["elements"] = elements });
                    break;
            }
        }

        var fallback = Fallback(message.Text);
        return [.. blocks.Chunk(MaxBlocks).Select(chunk => new SlackMessage(fallback, [.. chunk]))];
    }

    /// <summary>
    /// The top-level <c>text</c>: what notifications, screen readers and some clients show, parsed by
    /// Slack as mrkdwn like a block, so escaped like one (a typed <c>&lt;!channel&gt;</c> must not ping
    /// anyone from there either) and cut where the blocks would be cut, never inside an escape.
    /// </summary>
    private static string Fallback(CoachText text)
    {
        var escaped = SlackMrkdwn.FromText(text);
        return escaped.Length <= MaxFallbackLength ? escaped : Split(escaped).First() + "…";
    }

    /// <summary>The action id Coach gave a button, without the index Block Kit needed.</summary>
    public static string ActionIdOf(string slackActionId)
    {
        var separator = slackActionId.LastIndexOf(ActionIndexSeparator);
        return separator < 0 ? slackActionId : slackActionId[..separator];
    }

    private static string Grade(AnswerGrade grade)
    {
        var text = new StringBuilder("*").Append(SlackMrkdwn.Escape(grade.Summary)).Append('*');
        foreach (var point in grade.KeyPoints)
        {
            text.Append('\n').Append(point.Covered ? ":white_check_mark: " : ":x: ").Append(SlackMrkdwn.Escape(point.KeyPoint));
        }

        foreach (var tip in grade.Tips)
        {
            text.Append("\n:bulb: ").Append(SlackMrkdwn.Escape(tip));
        }

        return text.ToString();
    }

    private static void Sections(List<JsonObject> blocks, string mrkdwn)
    {
        foreach (var piece in Split(mrkdwn))
        {
            blocks.Add(new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = piece } });
        }
    }

    private static JsonObject Context(string mrkdwn) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray(new JsonObject { ["type"] = "mrkdwn", ["text"] = Truncate(mrkdwn, MaxTextLength) }),
    };

    /// <summary>Pieces of at most <see cref="MaxTextLength"/>, cut at a line break or space where there is one, never inside an escape.</summary>
    internal static IEnumerable<string> Split(string text)
    {
        var rest = text.AsMemory();
        while (rest.Length > MaxTextLength)
        {
            var window = rest.Span[..MaxTextLength];
            var cut = window.LastIndexOf('\n');
            cut = cut > MaxTextLength / 2 ? cut : window.LastIndexOf(' ');
            cut = cut > MaxTextLength / 2 ? cut : MaxTextLength;
            var ampersand = window[..cut].LastIndexOf('&');
            if (ampersand >= 0 && window[ampersand..cut].IndexOf(';') < 0 && cut - ampersand < 6)
            {
                cut = ampersand;
            }

            yield return rest[..cut].ToString();
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            yield return rest.ToString();
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
