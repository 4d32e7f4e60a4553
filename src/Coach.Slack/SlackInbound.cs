using System.Text.Json;
using System.Text.RegularExpressions;
using Coach.Core.App;
using Coach.Slack.BlockKit;
using Coach.Slack.Receivers;

namespace Coach.Slack;

/// <summary>
/// Slack's payloads, from either receiver, as Coach's turns: a slash command, an Events API
/// event, a button press. Payloads Coach has no use for (other bots, edits, deletions, unknown
/// types) give null, and are acknowledged and ignored.
/// </summary>
public static partial class SlackInbound
{
    /// <summary>A turn and, for commands and buttons, the id Slack gives that one request (its <c>trigger_id</c>), by which it is kept.</summary>
    public sealed record Inbound(Turn Turn, string? TriggerId = null);

    public static Inbound? FromCommand(IReadOnlyDictionary<string, string> form)
    {
        if (!form.TryGetValue("command", out var command) || !command.StartsWith('/') || command.Length < 2
            || !form.TryGetValue("user_id", out var userId) || !form.TryGetValue("channel_id", out var channelId))
        {
            return null;
        }

        var turn = new CommandTurn
        {
            Name = command[1..].ToLowerInvariant(),
            Text = SlackMrkdwn.Unescape(form.GetValueOrDefault("text", "")).Trim(),
            Channel = SlackPlatform.Channel(channelId),
            User = new ChatUser(userId, form.GetValueOrDefault("user_name", userId)),
            ReplyHandle = ResponseUrl(form.GetValueOrDefault("response_url"))?.AbsoluteUri,
        };
        return new Inbound(turn, form.GetValueOrDefault("trigger_id"));
    }

    /// <param name="body">An <c>event_callback</c> envelope.</param>
    /// <param name="botUserId">Coach's own user id, whose messages are ignored; empty when not yet known.</param>
    public static Inbound? FromEvent(JsonElement body, string botUserId)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("event", out var ev) || ev.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var type = SlackJson.String(ev, "type");
        var user = SlackJson.String(ev, "user");
        var channel = SlackJson.String(ev, "channel");
        if (user is null || channel is null)
        {
            return null;
        }

        // Opened the Home tab (and not the Messages tab): its channel is the person's direct conversation with Coach.
        if (type == "app_home_opened")
        {
            return SlackJson.String(ev, "tab") == "home" && user != botUserId
                ? new Inbound(new HomeOpenedTurn { Channel = SlackPlatform.Channel(channel), User = new ChatUser(user, user) })
                : null;
        }

        if (type == "member_joined_channel")
        {
            return user == botUserId && botUserId.Length > 0
                ? new Inbound(new BotAddedTurn { Channel = SlackPlatform.Channel(channel), User = new ChatUser(SlackJson.String(ev, "inviter") ?? user, SlackJson.String(ev, "inviter") ?? user) })
                : null;
        }

        // Other bots, Coach itself, and edits or deletions (any subtype) never trigger anything.
        if (ev.TryGetProperty("bot_id", out _) || SlackJson.String(ev, "subtype") is not null || (botUserId.Length > 0 && user == botUserId))
        {
            return null;
        }

        var raw = SlackMrkdwn.Unescape(SlackJson.String(ev, "text") ?? "");
        var ts = SlackJson.String(ev, "ts");
        var threadTs = SlackJson.String(ev, "thread_ts");
        var inThread = threadTs is not null && threadTs != ts;
        var mentionsCoach = botUserId.Length > 0 && raw.Contains($"<@{botUserId}>", StringComparison.Ordinal);
        var at = SlackPlatform.Channel(channel);
        var by = new ChatUser(user, user);
        var message = ts is null ? null : new MessageRef(ts);
        var thread = inThread ? new MessageRef(threadTs!) : null;
        return type switch
        {
            "message" when SlackJson.String(ev, "channel_type") == "im" || at.IsDirect => new Inbound(new DirectMessageTurn { Channel = at, User = by, Message = message, Text = raw.Trim() }),
            "message" when inThread => new Inbound(new ThreadReplyTurn { Channel = at, User = by, Message = message, Thread = thread, Text = WithoutMentions(raw) }),
            // A top-level message naming Coach also arrives as app_mention; that one is handled.
            "message" when mentionsCoach => null,
            "message" => new Inbound(new ChannelMessageTurn { Channel = at, User = by, Message = message, Text = raw.Trim() }),
            // In a thread the message event already carries it (as a reply to the question).
            "app_mention" when inThread => null,
            "app_mention" => new Inbound(new MentionTurn { Channel = at, User = by, Message = message, Text = WithoutMentions(raw) }),
            _ => null,
        };
    }

    /// <param name="payload">The JSON of an interactivity request's <c>payload</c> field, or a Socket Mode <c>interactive</c> envelope's payload.</param>
    public static Inbound? FromInteraction(JsonElement payload)
    {
        if (SlackJson.String(payload, "type") != "block_actions"
            || !payload.TryGetProperty("user", out var user) || SlackJson.String(user, "id") is not { } userId
            || !payload.TryGetProperty("actions", out var actions) || actions.ValueKind != JsonValueKind.Array || actions.GetArrayLength() == 0)
        {
            return null;
        }

        var action = actions[0];
        // A press on the Home tab has no channel: the view's private metadata names the direct conversation it was published with.
        var channelId = payload.TryGetProperty("channel", out var channel) && channel.ValueKind == JsonValueKind.Object ? SlackJson.String(channel, "id")
            : payload.TryGetProperty("view", out var view) && view.ValueKind == JsonValueKind.Object && SlackJson.String(view, "type") == "home"
                && SlackJson.String(view, "private_metadata") is { Length: > 0 } direct ? direct
            : null;
        if (SlackJson.String(action, "action_id") is not { } actionId || channelId is null)
        {
            return null;
        }

        // What was typed into one of Coach's text boxes comes as the action's value; the box's own value is in its block id.
        var blockId = SlackJson.String(action, "block_id");
        var typed = SlackJson.String(action, "type") == "plain_text_input" && blockId is not null && blockId.StartsWith(SlackBlocks.PromptBlockPrefix, StringComparison.Ordinal);
        var container = payload.TryGetProperty("container", out var c) ? c : default;
        var messageTs = container.ValueKind == JsonValueKind.Object ? SlackJson.String(container, "message_ts") : null;
        var threadTs = container.ValueKind == JsonValueKind.Object ? SlackJson.String(container, "thread_ts") : null;
        var turn = new ActionTurn
        {
            Channel = SlackPlatform.Channel(channelId),
            User = new ChatUser(userId, SlackJson.String(user, "name") ?? SlackJson.String(user, "username") ?? userId),
            ActionId = SlackBlocks.ActionIdOf(actionId),
            Value = typed ? blockId![SlackBlocks.PromptBlockPrefix.Length..] : SlackJson.String(action, "value") ?? "",
            Text = typed ? SlackJson.String(action, "value") ?? "" : "",
            Message = messageTs is null ? null : new MessageRef(messageTs),
            Thread = threadTs is not null && threadTs != messageTs ? new MessageRef(threadTs) : null,
            ReplyHandle = ResponseUrl(SlackJson.String(payload, "response_url"))?.AbsoluteUri,
        };
        return new Inbound(turn, SlackJson.String(payload, "trigger_id"));
    }

    private static string WithoutMentions(string text) => Mention().Replace(text, "").Trim();

    // Slack's response URLs are its hook hosts over HTTPS (commercial and GovSlack); anything else would
    // let a leaked signing secret make Coach post wherever it is told. Plain HTTP only on loopback, where
    // tests run their fake.
    private static readonly string[] ResponseHosts = ["hooks.slack.com", "hooks.slack-gov.com"];

    /// <summary>The response URL, when it is one of Slack's; checked again when a kept turn is read back.</summary>
    internal static Uri? ResponseUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && ((uri.Scheme == Uri.UriSchemeHttps && uri.IsDefaultPort && ResponseHosts.Contains(uri.IdnHost, StringComparer.OrdinalIgnoreCase))
            || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            ? uri
            : null;

    [GeneratedRegex("<@[A-Z0-9]+(\\|[^>]*)?>")]
    private static partial Regex Mention();
}
