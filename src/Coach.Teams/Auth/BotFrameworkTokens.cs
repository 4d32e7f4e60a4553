using System.Net;
using System.Text.Json;
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
/// lifetime give or take five minutes, for the very service URL the activity names, and signed by a
/// key the metadata endorses for the activity's channel (<c>msteams</c>): the Bot Framework signs for
/// every channel it serves, and a key endorsed only for Web Chat must not vouch for a Teams activity
/// (the Bot Framework SDK's <c>EndorsementsValidator</c>).
/// </summary>
internal sealed class BotFrameworkTokens
{
    public const string Issuer = "https://api.botframework.com";

    private readonly JsonWebTokenHandler _handler = new();
    private readonly TokenValidationParameters _parameters;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;

    public BotFrameworkTokens(IOptions<TeamsOptions> options, HttpClient http)
    {
        var metadata = options.Value.OpenIdMetadataUrl;
        var retriever = new HttpDocumentRetriever(http) { RequireHttps = !IsLoopback(metadata) };
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(metadata.AbsoluteUri, new OpenIdConnectConfigurationRetriever(), retriever);
        _parameters = new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = options.Value.AppId,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ClockSkew = TimeSpan.FromMinutes(5),
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateIssuerSigningKey = true,
            ConfigurationManager = _metadata,
        };
    }

    /// <returns>Null when the token is good for an activity from <paramref name="serviceUrl"/> on <paramref name="channelId"/>; else why not, for the log (never the token).</returns>
    public async Task<string?> RefusalAsync(string? authorization, string serviceUrl, string channelId, CancellationToken cancellationToken)
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

        if (!result.Claims.TryGetValue("serviceurl", out var claimed) || !SameServiceUrl(claimed as string, serviceUrl))
        {
            return "serviceurl claim does not match the activity";
        }

        // The keys are the ones the token was just validated with, so this reads the cached metadata.
        var keys = (await _metadata.GetConfigurationAsync(cancellationToken)).JsonWebKeySet?.Keys ?? [];
        var kid = (result.SecurityToken as JsonWebToken)?.Kid;
        var key = keys.FirstOrDefault(k => k.Kid == kid);
        return key is not null && Endorsements(key).Contains(channelId, StringComparer.Ordinal)
            ? null
            : $"signing key not endorsed for channel '{channelId}'";
    }

    private static IEnumerable<string> Endorsements(JsonWebKey key) =>
        key.AdditionalData.TryGetValue("endorsements", out var value) ? value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!),
            IEnumerable<object> items => items.Select(item => item?.ToString() ?? ""),
            string single => [single],
            _ => [],
        } : [];

    private static bool SameServiceUrl(string? a, string b) =>
        a is not null && string.Equals(a.TrimEnd('/'), b.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
