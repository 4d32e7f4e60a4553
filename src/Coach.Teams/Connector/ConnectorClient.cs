using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Coach.Teams.Auth;

namespace Coach.Teams.Connector;

/// <summary>
/// The Bot Framework Connector REST API, the calls Coach makes: send to a conversation, reply
/// into a thread, start a conversation (a new channel thread, a one-to-one chat), replace an
/// activity. Every call carries Coach's token, so every URL is checked against the allow-list
/// first; retries (429 with Retry-After, 5xx, timeouts) are the HttpClient's resilience handler's.
/// </summary>
internal sealed class ConnectorClient(HttpClient http, IConnectorTokens tokens, ServiceUrlPolicy serviceUrls)
{
    /// <returns>The new activity's id.</returns>
    public async Task<string> SendAsync(TeamsConversation conversation, JsonObject activity, CancellationToken cancellationToken)
    {
        var answer = await CallAsync(HttpMethod.Post, conversation, $"v3/conversations/{Uri.EscapeDataString(conversation.Id)}/activities", activity, cancellationToken);
        return Id(answer);
    }

    /// <summary>Starts a conversation: with <c>channelData.channel.id</c>, a new thread in that channel; with members, a chat.</summary>
    /// <returns>The new conversation's id and, when an activity was sent with it, that activity's id.</returns>
    public async Task<(string ConversationId, string? ActivityId)> CreateAsync(TeamsConversation at, JsonObject parameters, CancellationToken cancellationToken)
    {
        var answer = await CallAsync(HttpMethod.Post, at, "v3/conversations", parameters, cancellationToken);
        return (Id(answer), answer.TryGetProperty("activityId", out var activity) ? activity.GetString() : null);
    }

    public Task UpdateAsync(TeamsConversation conversation, string activityId, JsonObject activity, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Put, conversation, $"v3/conversations/{Uri.EscapeDataString(conversation.Id)}/activities/{Uri.EscapeDataString(activityId)}", activity, cancellationToken);

    private async Task<JsonElement> CallAsync(HttpMethod method, TeamsConversation conversation, string path, JsonObject body, CancellationToken cancellationToken)
    {
        var url = conversation.Url(path);
        if (!serviceUrls.Allows(conversation.ServiceUrl))
        {
            throw new InvalidOperationException($"Refusing to send Coach's token to {conversation.ServiceUrl.Host}: not an allowed service URL.");
        }

        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        if (await tokens.GetAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        using var document = JsonDocument.Parse(text.Length == 0 ? "{}" : text);
        return document.RootElement.Clone();
    }

    private static string Id(JsonElement answer) => answer.TryGetProperty("id", out var id) ? id.GetString() ?? "" : "";
}
