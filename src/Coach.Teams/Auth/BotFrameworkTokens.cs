using System.Net;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Coach.Teams.Auth;

/// <summary>
/// Checks the <c>Authorization: Bearer</c> token the Bot Framework sends with every activity:
/// signed (RS256) by a key from the OpenID metadata (cached, refreshed when a token names a key it
/// has not seen), issued by <c>https://api.botframework.com</c>, for this app id, within its
/// lifetime give or take five minutes, and for the very service URL the activity names.
/// </summary>
internal sealed class BotFrameworkTokens
{
    public const string Issuer = "https://api.botframework.com";

    private readonly JsonWebTokenHandler _handler = new();
    private readonly TokenValidationParameters _parameters;

    public BotFrameworkTokens(IOptions<TeamsOptions> options, HttpClient http)
    {
        var metadata = options.Value.OpenIdMetadataUrl;
        var retriever = new HttpDocumentRetriever(http) { RequireHttps = !IsLoopback(metadata) };
        _parameters = new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = options.Value.AppId,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ClockSkew = TimeSpan.FromMinutes(5),
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateIssuerSigningKey = true,
            ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(metadata.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), retriever),
        };
    }

    /// <returns>Null when the token is good for an activity from <paramref name="serviceUrl"/>; else why not, for the log (never the token).</returns>
    public async Task<string?> RefusalAsync(string? authorization, string serviceUrl, CancellationToken cancellationToken)
    {
        const string Bearer = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return "no bearer token";
        }

        cancellationToken.ThrowIfCancellationRequested();
        var result = await _handler.ValidateTokenAsync(authorization[Bearer.Length..].Trim(), _parameters);
        if (!result.IsValid)
        {
            return result.Exception?.GetType().Name ?? "invalid token";
        }

        return result.Claims.TryGetValue("serviceurl", out var claimed) && SameServiceUrl(claimed as string, serviceUrl)
            ? null
            : "serviceurl claim does not match the activity";
    }

    private static bool SameServiceUrl(string? a, string b) =>
        a is not null && string.Equals(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
