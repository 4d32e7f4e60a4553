using System.Net;
using Coach.Teams.Connector;
using Coach.Tests;
using Microsoft.Extensions.DependencyInjection;

namespace Coach.Teams.Tests;

/// <summary>
/// Activities carrying the service URLs Teams really sends are accepted and answered through that
/// service URL; the calls are stopped at the connector's HTTP handler (<see cref="TeamsCloudAtLoopback"/>).
/// </summary>
public sealed class TeamsCloudServiceUrlTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/teams")]
    [InlineData("https://smba.infra.dod.teams.microsoft.us/teams")]
    public async Task An_ask_from_teams_own_service_url_is_answered_through_it(string serviceUrl)
    {
        await using var issuer = await LoopbackIssuer.StartAsync();
        await using var connector = await FakeConnector.StartAsync();
        var cloud = new TeamsCloudAtLoopback(connector);
        await using var host = await TeamsHost.StartAsync(
            issuer, connector, services => services.AddHttpClient<ConnectorClient>().ConfigurePrimaryHttpMessageHandler(() => cloud));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = new StringContent(Activities.Personal("ask what is macie", serviceUrl).ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", issuer.Token(serviceUrl));

        var response = await host.Client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(() => connector.Calls.Count == 1);
        connector.Calls.Single().Body.ToJsonString().ShouldContain("Model answer: What is Macie?");
        cloud.Seen.Single().AbsoluteUri.ShouldStartWith($"{serviceUrl.TrimEnd('/')}/v3/conversations/", Case.Insensitive);
    }
}
