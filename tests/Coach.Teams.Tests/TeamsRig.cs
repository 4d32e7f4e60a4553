using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Coach.Teams.Tests;

/// <summary>
/// Everything a Teams test talks to, started fresh for each test: the loopback token issuer, the
/// fake connector, and Coach between them; and a way to send Coach an activity as Teams would.
/// </summary>
internal sealed class TeamsRig : IAsyncDisposable
{
    private TeamsRig(LoopbackIssuer issuer, FakeConnector connector, TeamsHost host) => (Issuer, Connector, Host) = (issuer, connector, host);

    public LoopbackIssuer Issuer { get; }

    public FakeConnector Connector { get; }

    public TeamsHost Host { get; }

    public string ServiceUrl => Connector.ServiceUrl.ToString();

    /// <param name="settings">Command-line settings for Coach, after (so overriding) the rig's own.</param>
    public static async Task<TeamsRig> StartAsync(params string[] settings)
    {
        var issuer = await LoopbackIssuer.StartAsync();
        var connector = await FakeConnector.StartAsync();
        return new TeamsRig(issuer, connector, await TeamsHost.StartAsync(issuer, connector, settings));
    }

    /// <summary>Posts a body to <c>/api/messages</c> with <paramref name="token"/> as its bearer token (none when null).</summary>
    public async Task<HttpResponseMessage> SendRawAsync(string body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await Host.Client.SendAsync(request);
    }

    /// <summary>Posts an activity with a good token for the connector's service URL.</summary>
    public Task<HttpResponseMessage> SendAsync(JsonObject activity) => SendRawAsync(activity.ToJsonString(), Issuer.Token(ServiceUrl));

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
