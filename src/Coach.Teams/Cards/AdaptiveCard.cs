using System.Text.Json.Nodes;

namespace Coach.Teams.Cards;

/// <summary>
/// A small typed builder for Adaptive Cards 1.5 (the <c>AdaptiveCards</c> package is not
/// available here): text blocks and submit actions, which is all Coach's cards need, serialised
/// to the JSON Teams renders.
/// </summary>
internal sealed class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    private readonly JsonArray _body = [];
    private readonly JsonArray _actions = [];

    public AdaptiveCard Text(string text, bool bold = false, bool subtle = false, string size = "Default")
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (bold)
        {
            block["weight"] = "Bolder";
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        if (size != "Default")
        {
            block["size"] = size;
        }

        _body.Add(block);
        return this;
    }

    /// <summary>A button that sends <c>{"action": id, "value": value}</c> back as a message submit.</summary>
    public AdaptiveCard Submit(string title, string actionId, string value)
    {
        _actions.Add(new JsonObject
        {
            ["type"] = "Action.Submit",
            ["title"] = title,
            ["data"] = new JsonObject { ["action"] = actionId, ["value"] = value },
        });
        return this;
    }

    /// <summary>A text box whose value is sent, as <c>answer</c>, with the submit that follows it.</summary>
    public AdaptiveCard TextBox(string placeholder)
    {
        _body.Add(new JsonObject { ["type"] = "Input.Text", ["id"] = "answer", ["isMultiline"] = true, ["placeholder"] = placeholder, ["maxLength"] = 4000 });
        return this;
    }

    public bool IsEmpty => _body.Count == 0 && _actions.Count == 0;

    /// <summary>The card as a Bot Framework attachment.</summary>
    public JsonObject ToAttachment() => new()
    {
        ["contentType"] = ContentType,
        ["content"] = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = _body.DeepClone(),
            ["actions"] = _actions.DeepClone(),
        },
    };
}
