using System.Globalization;
using Coach.Teams.Connector;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Coach.Teams.Tests;

/// <summary>
/// Connector tokens from a user-assigned managed identity, fetched by MSAL from the identity
/// endpoint Azure App Service gives a process (<c>IDENTITY_ENDPOINT</c>, <c>IDENTITY_HEADER</c>),
/// here a loopback fake that checks what App Service checks.
/// </summary>
[Collection(ProcessEnvironment.Collection)]
public sealed class ManagedIdentityTokenTests
{
    private const string ClientId = "11111111-2222-3333-4444-555555555555";
    private const string Secret = "identity-header-secret";

    [Fact]
    public async Task A_token_for_the_bot_framework_is_fetched_for_the_configured_identity_once_and_then_reused()
    {
        var requests = new List<IQueryCollection>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var endpoint = builder.Build();
        endpoint.MapGet("/msi/token", (HttpContext context) =>
        {
            if (context.Request.Headers["X-IDENTITY-HEADER"] != Secret)
            {
                return Results.Unauthorized();
            }

            lock (requests)
            {
                requests.Add(context.Request.Query);
            }

            var expires = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            return Results.Json(new { access_token = "managed-identity-token", expires_on = expires, resource = "https://api.botframework.com", token_type = "Bearer", client_id = ClientId });
        });
        await endpoint.StartAsync();

        using var environment = new ProcessEnvironment(("IDENTITY_ENDPOINT", $"{endpoint.Urls.Single()}/msi/token"), ("IDENTITY_HEADER", Secret));
        var tokens = new MsalConnectorTokens(Options.Create(new TeamsOptions { AppId = "bot-app-id", ManagedIdentityClientId = ClientId }));

        (await tokens.GetAsync(CancellationToken.None)).ShouldBe("managed-identity-token");
        (await tokens.GetAsync(CancellationToken.None)).ShouldBe("managed-identity-token");

        requests.Count.ShouldBe(1, "the token is cached until it nears expiry");
        requests[0]["client_id"].ToString().ShouldBe(ClientId, "the user-assigned identity, not the system one");
        requests[0]["resource"].ToString().TrimEnd('/').ShouldBe("https://api.botframework.com");
    }

    [Fact]
    public async Task Without_any_credential_no_token_is_sent_for_local_tools()
    {
        var tokens = new MsalConnectorTokens(Options.Create(new TeamsOptions { AppId = "bot-app-id", AllowUnauthenticated = true }));

        (await tokens.GetAsync(CancellationToken.None)).ShouldBeNull();
    }
}
