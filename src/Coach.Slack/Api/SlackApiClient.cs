using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coach.Core.App;
using Coach.Core.Telemetry;
using Microsoft.Extensions.Options;

namespace Coach.Slack.Api;

/// <summary>
/// The Slack Web API methods Coach calls, over one <see cref="HttpClient"/> whose resilience
/// handler retries 429 (honouring <c>Retry-After</c>), 5xx and timeouts. Every call but
/// <c>response_url</c> posts carries the bot token; <c>ok: false</c> becomes a <see cref="SlackApiException"/>.
/// </summary>
public sealed class SlackApiClient(HttpClient http, IOptions<SlackOptions> options, CoachMetrics metrics)
{
    public async Task<SlackIdentity> AuthTestAsync(CancellationToken cancellationToken)
    {
        var answer = await CallAsync("auth.test", new JsonObject(), BotToken, cancellationToken);
        return new SlackIdentity(Read(answer, "user_id"), Read(answer, "bot_id"), Read(answer, "team_id"));
    }

    /// <returns>The new message's <c>ts</c>.</returns>
    public async Task<string> PostMessageAsync(string channel, string? threadTs, SlackMessage message, CancellationToken cancellationToken)
    {
        var payload = Payload(message);
        payload["channel"] = channel;
        if (threadTs is not null)
        {
            payload["thread_ts"] = threadTs;
        }

        return Read(await CallAsync("chat.postMessage", payload, BotToken, cancellationToken), "ts");
    }

    /// <summary>
    /// <c>views.publish</c>: the person's Home tab shows <paramref name="blocks"/>. The private metadata
    /// comes back with every button press on it, which has no channel of its own.
    /// </summary>
    public async Task PublishHomeAsync(string user, JsonArray blocks, string privateMetadata, CancellationToken cancellationToken) =>
        await CallAsync("views.publish", new JsonObject
        {
            ["user_id"] = user,
            ["view"] = new JsonObject { ["type"] = "home", ["private_metadata"] = privateMetadata, ["blocks"] = blocks },
        }, BotToken, cancellationToken);

    public async Task PostEphemeralAsync(string channel, string user, string? threadTs, SlackMessage message, CancellationToken cancellationToken)
    {
        var payload = Payload(message);
        payload["channel"] = channel;
        payload["user"] = user;
        if (threadTs is not null)
        {
            payload["thread_ts"] = threadTs;
        }

        await CallAsync("chat.postEphemeral", payload, BotToken, cancellationToken);
    }

    public async Task UpdateAsync(string channel, string ts, SlackMessage message, CancellationToken cancellationToken)
    {
        var payload = Payload(message);
        payload["channel"] = channel;
        payload["ts"] = ts;
        await CallAsync("chat.update", payload, BotToken, cancellationToken);
    }

    /// <returns>The id of the direct conversation with <paramref name="user"/>.</returns>
    public async Task<string> OpenConversationAsync(string user, CancellationToken cancellationToken)
    {
        var answer = await CallAsync("conversations.open", new JsonObject { ["users"] = user }, BotToken, cancellationToken);
        return answer.GetProperty("channel").GetProperty("id").GetString() ?? throw new SlackApiException("conversations.open", "no_channel_in_answer");
    }

    /// <summary><c>users.info</c>: the name a person shows in Slack (display name, else real name, else handle).</summary>
    public async Task<string> UserNameAsync(string user, CancellationToken cancellationToken)
    {
        var answer = await CallAsync("users.info", new FormUrlEncodedContent([new("user", user)]), BotToken, cancellationToken);
        var found = answer.GetProperty("user");
        var profile = found.TryGetProperty("profile", out var p) ? p : found;
        return new[] { Read(profile, "display_name"), Read(profile, "real_name"), Read(found, "real_name"), Read(found, "name") }
            .FirstOrDefault(name => !string.IsNullOrWhiteSpace(name)) ?? user;
    }

    /// <summary><c>users.info</c>: whether the person is a workspace admin or owner, a guest (single- or multi-channel), or neither.</summary>
    public async Task<PlatformRole> UserRoleAsync(string user, CancellationToken cancellationToken)
    {
        var found = (await CallAsync("users.info", new FormUrlEncodedContent([new("user", user)]), BotToken, cancellationToken)).GetProperty("user");
        bool Is(string flag) => found.TryGetProperty(flag, out var value) && value.ValueKind == JsonValueKind.True;
        return Is("is_restricted") || Is("is_ultra_restricted") ? PlatformRole.Guest
            : Is("is_admin") || Is("is_owner") || Is("is_primary_owner") ? PlatformRole.Admin
            : PlatformRole.Member;
    }

    /// <summary><c>users.info</c>: the IANA zone the person's Slack is set to (<c>tz</c>), or null when Slack gives none (a bot, a deleted user).</summary>
    public async Task<string?> UserTimeZoneAsync(string user, CancellationToken cancellationToken)
    {
        var found = (await CallAsync("users.info", new FormUrlEncodedContent([new("user", user)]), BotToken, cancellationToken)).GetProperty("user");
        return Read(found, "tz") is { Length: > 0 } zone ? zone : null;
    }

    /// <summary>Asks for a Socket Mode WebSocket URL with the app-level token.</summary>
    public async Task<Uri> OpenSocketAsync(CancellationToken cancellationToken)
    {
        var token = options.Value.AppToken ?? throw new InvalidOperationException("Coach:Slack:AppToken is not set.");
        return new Uri(Read(await CallAsync("apps.connections.open", new JsonObject(), token, cancellationToken), "url"));
    }

    /// <summary>Answers through a command's or button's <c>response_url</c>, which needs no token.</summary>
    public async Task RespondAsync(Uri responseUrl, SlackMessage message, bool inChannel, CancellationToken cancellationToken)
    {
        var payload = Payload(message);
        payload["response_type"] = inChannel ? "in_channel" : "ephemeral";
        using var response = await http.PostAsJsonAsync(responseUrl, payload, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private string BotToken => options.Value.BotToken ?? throw new InvalidOperationException("Coach:Slack:BotToken is not set.");

    private Task<JsonElement> CallAsync(string method, JsonObject payload, string token, CancellationToken cancellationToken) =>
        CallAsync(method, JsonContent.Create(payload), token, cancellationToken);

    // Slack's read methods (users.info) take form fields only; its write methods take JSON.
    private async Task<JsonElement> CallAsync(string method, HttpContent content, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(options.Value.ApiBaseUrl, method)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var root = document.RootElement.Clone();
        if (!root.TryGetProperty("ok", out var ok) || ok.ValueKind != JsonValueKind.True)
        {
            var error = root.TryGetProperty("error", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() ?? "unknown_error" : "unknown_error";
            metrics.PlatformError(SlackPlatform.PlatformName, error);
            throw new SlackApiException(method, error);
        }

        return root;
    }

    private static JsonObject Payload(SlackMessage message) => new()
    {
        ["text"] = message.Text,
        ["blocks"] = message.Blocks.DeepClone(),
    };

    private static string Read(JsonElement answer, string property) =>
        answer.TryGetProperty(property, out var value) && value.GetString() is { } text ? text : "";
}

/// <summary>Who Coach is in the workspace, from <c>auth.test</c>: its messages are ignored by this id.</summary>
public sealed record SlackIdentity(string UserId, string BotId, string TeamId);
