using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Coach.Teams.Tests;

/// <summary>
/// A Bot Framework token issuer on a loopback port: OpenID metadata and a key set with an RSA key
/// minted for the test, and tokens signed with it, or spoiled in exactly one way.
/// </summary>
internal sealed class LoopbackIssuer : IAsyncDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";

    private static readonly string[] Algorithms = ["RS256"];
    private static readonly string[] AuthMethods = ["private_key_jwt"];
    private static readonly string[] Endorsements = ["msteams"];
    private static readonly string[] WebChatEndorsements = ["webchat", "directline"];

    private readonly WebApplication _app;
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RSA _webChatRsa = RSA.Create(2048);

    private LoopbackIssuer(WebApplication app) => _app = app;

    public RsaSecurityKey Key { get; private set; } = null!;

    /// <summary>A key of the same metadata, endorsed for Web Chat and Direct Line but not for Teams.</summary>
    public RsaSecurityKey WebChatKey { get; private set; } = null!;

    public Uri MetadataUrl => new($"{_app.Urls.Single()}/v1/.well-known/openidconfiguration");

    public static async Task<LoopbackIssuer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var issuer = new LoopbackIssuer(app);
        issuer.Key = new RsaSecurityKey(issuer._rsa) { KeyId = "test-key" };
        issuer.WebChatKey = new RsaSecurityKey(issuer._webChatRsa) { KeyId = "webchat-key" };
        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new
        {
            issuer = "https://api.botframework.com",
            jwks_uri = $"{app.Urls.Single()}/v1/keys",
            id_token_signing_alg_values_supported = Algorithms,
            token_endpoint_auth_methods_supported = AuthMethods,
        }));
        app.MapGet("/v1/keys", () =>
        {
            var teams = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(issuer._rsa.ExportParameters(false)) { KeyId = "test-key" });
            var webChat = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(issuer._webChatRsa.ExportParameters(false)) { KeyId = "webchat-key" });
            return Results.Json(new
            {
                keys = new[]
                {
                    new { kty = "RSA", use = "sig", kid = teams.Kid, n = teams.N, e = teams.E, endorsements = Endorsements },
                    new { kty = "RSA", use = "sig", kid = webChat.Kid, n = webChat.N, e = webChat.E, endorsements = WebChatEndorsements },
                },
            });
        });
        await app.StartAsync();
        return issuer;
    }

    /// <summary>A token as the Bot Framework issues it, for <paramref name="serviceUrl"/>; each argument spoils one part.</summary>
    public string Token(
        string serviceUrl,
        string issuer = "https://api.botframework.com",
        string audience = AppId,
        DateTime? notBefore = null,
        DateTime? expires = null,
        SecurityKey? key = null)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            IssuedAt = (notBefore ?? now.AddMinutes(-1)).AddSeconds(-1),
            Expires = expires ?? now.AddHours(1),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(key ?? Key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _rsa.Dispose();
        _webChatRsa.Dispose();
    }
}
