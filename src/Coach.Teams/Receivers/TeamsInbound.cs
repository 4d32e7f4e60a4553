using System.Text.Json;
using System.Text.RegularExpressions;
using Coach.Core.App;
using static Coach.Teams.ActivityJson;

namespace Coach.Teams.Receivers;

/// <summary>
/// Bot Framework activities as Coach's turns. Teams has no slash commands, so "ask …" and
/// "coach …" (after the mention of Coach is taken out) are commands; a message in a channel
/// thread is a thread reply; a card's submit is an action; Coach added to a team or chat is
/// bot-added. Anything else is not for Coach.
/// With the resource-specific consent <c>ChannelMessage.Read.Group</c> Teams delivers every post in a
/// team's channels, so there only what mentions Coach (an <c>entities</c> mention of the recipient)
/// is addressed to it; an unmentioned post is no turn, and an unmentioned thread reply is only ever
/// an answer (Coach's handler ignores threads that are not its questions), never a command.
/// </summary>
internal static partial class TeamsInbound
{
    /// <summary>The activity's service URL, or null when it has none that parses.</summary>
    public static Uri? ServiceUrl(JsonElement activity) =>
        Uri.TryCreate(Text(activity, "serviceUrl"), UriKind.Absolute, out var url) ? url : null;

    public static Turn? ToTurn(JsonElement activity)
    {
        if (activity.ValueKind != JsonValueKind.Object
            || Object(activity, "conversation") is not { } conversation
            || Text(conversation, "id") is not { Length: > 0 } conversationId)
        {
            return null;
        }

        var kind = Text(conversation, "conversationType") ?? "personal";
        var isDirect = kind == "personal";
        var (rootId, threadId) = TeamsConversation.SplitThread(conversationId);
        var channel = TeamsConversation.ChannelOf(kind, rootId);
        var from = Object(activity, "from");
        var user = new ChatUser(from is { } f ? Text(f, "id") ?? "" : "", from is { } g ? Text(g, "name") ?? "" : "", TimeZone: TimeZone(activity));
        if (user.Id.Length == 0)
        {
            return null;
        }

        var message = Text(activity, "id") is { Length: > 0 } id ? new MessageRef(id) : null;
        var at = new Origin(channel, user, message);
        return Text(activity, "type") switch
        {
            "message" when Object(activity, "value") is { } value => Submitted(Pressed(at, activity, threadId), value),
            "invoke" when Object(activity, "value") is { } value => Submitted(Pressed(at, activity, threadId), Object(value, "action") is { } action && Object(action, "data") is { } data ? data : value),
            "message" => Message(at, StripMentions(Text(activity, "text") ?? ""), isDirect || MentionsCoach(activity), isDirect, threadId),
            "conversationUpdate" when AddsCoach(activity) => new BotAddedTurn { Channel = channel, User = user, Message = message },
            _ => null,
        };
    }

    // The sender's IANA zone: the activity's localTimezone, else the one its clientInfo entity carries.
    private static string? TimeZone(JsonElement activity) =>
        Text(activity, "localTimezone") is { Length: > 0 } local ? local
        : activity.TryGetProperty("entities", out var entities) && entities.ValueKind == JsonValueKind.Array
            ? entities.EnumerateArray()
                .Where(entity => entity.ValueKind == JsonValueKind.Object && Text(entity, "type") == "clientInfo")
                .Select(entity => Text(entity, "timezone"))
                .FirstOrDefault(zone => zone is { Length: > 0 })
            : null;

    // Where and by whom, before the activity says what kind of turn it is.
    private sealed record Origin(ChannelRef Channel, ChatUser User, MessageRef? Message);

    // A button press names the card's message (replyToId), and in a channel thread the thread's root.
    private static (Origin At, MessageRef? Thread) Pressed(Origin at, JsonElement activity, string? threadId) => (
        Text(activity, "replyToId") is { Length: > 0 } card ? at with { Message = new MessageRef(card) } : at,
        threadId is null ? null : new MessageRef(threadId));

    private static ActionTurn? Submitted((Origin At, MessageRef? Thread) pressed, JsonElement data) =>
        Text(data, "action") is { Length: > 0 } actionId
            ? new ActionTurn
            {
                Channel = pressed.At.Channel,
                User = pressed.At.User,
                Message = pressed.At.Message,
                Thread = pressed.Thread,
                ActionId = actionId,
                Value = Text(data, "value") ?? "",
                Text = Text(data, "answer") ?? "",
            }
            : null;

    private static Turn? Message(Origin at, string text, bool addressed, bool isDirect, string? threadId)
    {
        if (addressed && CommandText.TryRead(text, out var command, out var rest))
        {
            return new CommandTurn { Channel = at.Channel, User = at.User, Message = at.Message, Name = command, Text = rest };
        }

        return isDirect ? new DirectMessageTurn { Channel = at.Channel, User = at.User, Message = at.Message, Text = text }
            : threadId is not null ? new ThreadReplyTurn { Channel = at.Channel, User = at.User, Message = at.Message, Thread = new MessageRef(threadId), Text = text }
            : addressed ? new MentionTurn { Channel = at.Channel, User = at.User, Message = at.Message, Text = text }
            : null;
    }

    private static bool MentionsCoach(JsonElement activity) =>
        Object(activity, "recipient") is { } recipient && Text(recipient, "id") is { Length: > 0 } coach
        && activity.TryGetProperty("entities", out var entities) && entities.ValueKind == JsonValueKind.Array
        && entities.EnumerateArray().Any(entity => Text(entity, "type") == "mention" && Object(entity, "mentioned") is { } mentioned && Text(mentioned, "id") == coach);

    private static bool AddsCoach(JsonElement activity) =>
        Object(activity, "recipient") is { } recipient && Text(recipient, "id") is { } coach
        && activity.TryGetProperty("membersAdded", out var added) && added.ValueKind == JsonValueKind.Array
        && added.EnumerateArray().Any(member => Text(member, "id") == coach);

    private static string StripMentions(string text) => Mention().Replace(text, "").Replace("&nbsp;", " ", StringComparison.Ordinal).Trim();

    [GeneratedRegex("<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();
}
