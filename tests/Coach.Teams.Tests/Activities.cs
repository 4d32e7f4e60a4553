using System.Text.Json.Nodes;

namespace Coach.Teams.Tests;

/// <summary>Activities as Teams sends them to a bot.</summary>
internal static class Activities
{
    public const string PersonalConversation = "a:1personal-chat-with-coach";
    public const string CoachId = "28:" + LoopbackIssuer.AppId;

    public const string General = "19:general-channel@thread.tacv2";

    public const string MentionOfCoach = "<at>Coach</at>";

    /// <summary>
    /// A message in the team's General channel (a thread of it when <paramref name="thread"/> is given),
    /// mentioning Coach when its text has <c>&lt;at&gt;Coach&lt;/at&gt;</c>: Teams then lists the mention in
    /// <c>entities</c>, and only that says whom it mentions (the text shows just a name).
    /// </summary>
    public static JsonObject InChannel(string text, string serviceUrl, string? thread = null, string userId = "29:bob", string userName = "Bob Brown")
    {
        var activity = Personal(text, serviceUrl, userId, userName);
        if (text.Contains(MentionOfCoach, StringComparison.Ordinal))
        {
            activity["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "mention",
                ["mentioned"] = new JsonObject { ["id"] = CoachId, ["name"] = "Coach" },
                ["text"] = MentionOfCoach,
            });
        }

        activity["conversation"] = new JsonObject
        {
            ["id"] = thread is null ? General : $"{General};messageid={thread}",
            ["conversationType"] = "channel",
            ["isGroup"] = true,
            ["tenantId"] = "tenant-1",
        };
        activity["channelData"] = new JsonObject
        {
            ["team"] = new JsonObject { ["id"] = General },
            ["channel"] = new JsonObject { ["id"] = General },
            ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
        };
        return activity;
    }

    /// <summary>Coach installed in the team: a conversationUpdate in General adding Coach.</summary>
    public static JsonObject Installed(string serviceUrl)
    {
        var activity = InChannel("", serviceUrl);
        activity["type"] = "conversationUpdate";
        activity.Remove("text");
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = CoachId });
        return activity;
    }

    /// <summary>A press of an Adaptive Card's submit button, as Teams delivers it: a message whose value is the button's data.</summary>
    public static JsonObject Submit(JsonObject inConversation, string cardId, string actionId, string value)
    {
        var activity = JsonNode.Parse(inConversation.ToJsonString())!.AsObject();
        activity["id"] = $"msg-{Guid.NewGuid():N}";
        activity["replyToId"] = cardId;
        activity.Remove("text");
        activity["value"] = new JsonObject { ["action"] = actionId, ["value"] = value };
        return activity;
    }

    public static JsonObject Personal(string text, string serviceUrl, string userId = "29:alice", string userName = "Alice Adams") => new()
    {
        ["type"] = "message",
        ["id"] = $"msg-{Guid.NewGuid():N}",
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = userName, ["aadObjectId"] = Guid.NewGuid().ToString() },
        ["conversation"] = new JsonObject { ["id"] = PersonalConversation, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["recipient"] = new JsonObject { ["id"] = CoachId, ["name"] = "Coach" },
        ["text"] = text,
        ["textFormat"] = "plain",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
    };
}
