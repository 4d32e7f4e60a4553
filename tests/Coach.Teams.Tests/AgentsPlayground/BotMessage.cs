using System.Text.Json;

namespace Coach.Teams.Tests.AgentsPlayground;

/// <summary>A message as the Agents Playground shows it: where it landed, its id there, who sent it and, for a new channel thread, that thread's conversation.</summary>
internal sealed record BotMessage(string ConversationId, string MessageId, string From, string? ThreadConversationId, JsonElement Content)
{
    public string Text => Content.GetRawText();

    /// <summary>The activity the message came from: the playground shows an activity's text and its card as two messages, the card's id suffixed with '-'.</summary>
    public string ActivityId => MessageId.Split('-')[0];

    /// <summary>The data of the card button titled <paramref name="title"/>, as it would be submitted.</summary>
    public JsonElement? Button(string title)
    {
        if (!Content.TryGetProperty("attachments", out var attachments))
        {
            return null;
        }

        foreach (var attachment in attachments.EnumerateArray())
        {
            if (attachment.GetProperty("content").TryGetProperty("actions", out var actions))
            {
                foreach (var action in actions.EnumerateArray())
                {
                    if (action.GetProperty("title").GetString() == title)
                    {
                        return action.GetProperty("data");
                    }
                }
            }
        }

        return null;
    }
}
