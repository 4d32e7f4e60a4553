using System.Text;
using Coach.Slack.Receivers;

namespace Coach.Slack.Tests.Operations;

/// <summary>Requests signed as Slack signs them, for tests that talk to a <see cref="SlackHost"/> directly.</summary>
internal static class SignedRequests
{
    public const string Secret = "operations-signing-secret";

    public static Task<HttpResponseMessage> CommandAsync(SlackHost host, string command, string text, string user = "U1", string channel = "C1") =>
        CommandAsync(host.Client, command, text, user, channel);

    /// <param name="responseUrl">Where Slack takes private answers to this command (the fake's <see cref="FakeSlack.ResponseUrl"/>); none when null.</param>
    /// <param name="at">When Slack signs it: the host's clock, for a host on a fake one.</param>
    public static Task<HttpResponseMessage> CommandAsync(HttpClient client, string command, string text, string user = "U1", string channel = "C1", Uri? responseUrl = null, DateTimeOffset? at = null) =>
        SendAsync(client, "/slack/commands", "application/x-www-form-urlencoded",
            $"command={Uri.EscapeDataString(command)}&text={Uri.EscapeDataString(text)}&user_id={user}&channel_id={channel}&trigger_id={SlackIds.TriggerId()}"
            + (responseUrl is null ? "" : $"&response_url={Uri.EscapeDataString(responseUrl.ToString())}"),
            at: at);

    public static Task<HttpResponseMessage> EventAsync(SlackHost host, string id, string ev, string? retry = null) => EventAsync(host.Client, id, ev, retry);

    /// <summary>An Events API delivery of <paramref name="ev"/> with the event id <paramref name="id"/>.</summary>
    public static Task<HttpResponseMessage> EventAsync(HttpClient client, string id, string ev, string? retry = null) =>
        SendAsync(client, "/slack/events", "application/json", $$$"""{"type":"event_callback","event_id":"{{{id}}}","event":{{{ev}}}}""", retry);

    /// <summary>The event of <paramref name="user"/> writing <paramref name="text"/> in their direct conversation with Coach (<c>D{user}</c>).</summary>
    public static string DirectMessage(string user, string text, string ts) =>
        $$$"""{"type":"message","user":"{{{user}}}","channel":"D{{{user}}}","channel_type":"im","text":"{{{text}}}","ts":"{{{ts}}}"}""";

    /// <summary>A button pressed on one of Coach's messages, as Slack posts <c>block_actions</c> to the interactivity URL.</summary>
    /// <param name="at">When Slack signs it: the host's clock, for a host on a fake one.</param>
    public static Task<HttpResponseMessage> PressAsync(HttpClient client, string user, string channel, string messageTs, string actionId, string value, DateTimeOffset? at = null)
    {
        var payload = new System.Text.Json.Nodes.JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new System.Text.Json.Nodes.JsonObject { ["id"] = user, ["username"] = user.ToLowerInvariant() },
            ["channel"] = new System.Text.Json.Nodes.JsonObject { ["id"] = channel },
            ["container"] = new System.Text.Json.Nodes.JsonObject { ["type"] = "message", ["message_ts"] = messageTs, ["channel_id"] = channel },
            ["actions"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["action_id"] = actionId, ["value"] = value, ["type"] = "button" }),
        }.ToJsonString();
        return SendAsync(client, "/slack/interactivity", "application/x-www-form-urlencoded", $"payload={Uri.EscapeDataString(payload)}", at: at);
    }

    /// <param name="retry">The <c>X-Slack-Retry-Num</c> Slack adds when it delivers again.</param>
    /// <param name="at">When Slack signs it: the host's clock, for a host on a fake one.</param>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string type, string body, string? retry = null, DateTimeOffset? at = null)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", SlackSignature.Sign(Secret, timestamp, bytes));
        if (retry is not null)
        {
            request.Headers.Add("X-Slack-Retry-Num", retry);
        }

        return await client.SendAsync(request);
    }
}
