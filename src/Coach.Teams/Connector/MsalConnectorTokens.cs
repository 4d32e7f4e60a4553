using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace Coach.Teams.Connector;

/// <summary>
/// Tokens for the Bot Framework connector from Microsoft Entra ID through MSAL, which caches them
/// until shortly before they expire: client credentials (the app's secret) of a single-tenant app,
/// or a user-assigned managed identity, the credential Azure offers bots created since August 2025.
/// </summary>
internal sealed class MsalConnectorTokens : IConnectorTokens
{
    public const string Scope = "https://api.botframework.com/.default";

    private readonly Func<CancellationToken, Task<AuthenticationResult?>> _acquire;

    public MsalConnectorTokens(IOptions<TeamsOptions> options)
    {
        var teams = options.Value;
        if (string.IsNullOrWhiteSpace(teams.ManagedIdentityClientId) && string.IsNullOrWhiteSpace(teams.AppPassword))
        {
            // Only with AllowUnauthenticated (options validation demands a credential otherwise):
            // local tools such as the Agents Playground take connector calls without a token.
            _acquire = _ => Task.FromResult<AuthenticationResult?>(null);
        }
        else if (!string.IsNullOrWhiteSpace(teams.ManagedIdentityClientId))
        {
            var identity = ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(teams.ManagedIdentityClientId)).Build();
            _acquire = async cancellationToken => await identity.AcquireTokenForManagedIdentity("https://api.botframework.com").ExecuteAsync(cancellationToken);
        }
        else
        {
            var app = ConfidentialClientApplicationBuilder.Create(teams.AppId)
                .WithClientSecret(teams.AppPassword)
                .WithTenantId(teams.TenantId)
                .Build();
            _acquire = async cancellationToken => await app.AcquireTokenForClient([Scope]).ExecuteAsync(cancellationToken);
        }
    }

    /// <returns>The token, or null when Coach runs without credentials for a local tool.</returns>
    public async Task<string?> GetAsync(CancellationToken cancellationToken) => (await _acquire(cancellationToken))?.AccessToken;
}
