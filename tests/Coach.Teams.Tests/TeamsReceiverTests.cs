using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Coach.Tests;
using Microsoft.IdentityModel.Tokens;

namespace Coach.Teams.Tests;

/// <summary>Coach's <c>/api/messages</c> over real HTTP on loopback: who may talk to it, and what it answers.</summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes test classes through IAsyncLifetime.DisposeAsync.")]
public sealed class TeamsReceiverTests : IAsyncLifetime
{
    private TeamsRig _rig = null!;

    private string ServiceUrl => _rig.ServiceUrl;

    public async Task InitializeAsync() => _rig = await TeamsRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task Ask_in_a_personal_chat_is_answered_with_the_macie_answer_card()
    {
        var response = await SendAsync(Activities.Personal("ask what is macie", ServiceUrl), _rig.Issuer.Token(ServiceUrl));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        await Eventually.HoldsAsync(() => _rig.Connector.Calls.Count == 1);
        var call = _rig.Connector.Calls.Single();
        call.Method.ShouldBe("POST");
        call.Path.ShouldBe($"/v3/conversations/{Activities.PersonalConversation}/activities");
        var card = call.Body["attachments"]![0]!;
        ((string?)card["contentType"]).ShouldBe("application/vnd.microsoft.card.adaptive");
        ((string?)card["content"]!["version"]).ShouldBe("1.5");
        card["content"]!.ToJsonString().ShouldContain("Model answer: What is Macie?");
    }

    [Fact]
    public async Task A_token_for_this_app_and_this_service_url_is_accepted()
    {
        (await SendAsync(Activities.Personal("help", ServiceUrl), _rig.Issuer.Token(ServiceUrl))).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public static TheoryData<string> SpoiledTokens => ["none", "wrong issuer", "wrong audience", "expired", "not yet valid", "alg none", "unknown key", "tampered", "other service url", "key not endorsed for msteams"];

    [Theory]
    [MemberData(nameof(SpoiledTokens))]
    public async Task A_spoiled_token_is_refused_and_nothing_is_sent(string spoiled)
    {
        using var other = RSA.Create(2048);
        var token = spoiled switch
        {
            "none" => null,
            "wrong issuer" => _rig.Issuer.Token(ServiceUrl, issuer: "https://sts.example.com"),
            "wrong audience" => _rig.Issuer.Token(ServiceUrl, audience: "another-app"),
            "expired" => _rig.Issuer.Token(ServiceUrl, notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-10)),
            "not yet valid" => _rig.Issuer.Token(ServiceUrl, notBefore: DateTime.UtcNow.AddMinutes(10), expires: DateTime.UtcNow.AddHours(1)),
            "alg none" => Unsigned(ServiceUrl),
            "unknown key" => _rig.Issuer.Token(ServiceUrl, key: new RsaSecurityKey(other) { KeyId = "unknown" }),
            "tampered" => Tampered(_rig.Issuer.Token(ServiceUrl)),
            "other service url" => _rig.Issuer.Token("https://smba.trafficmanager.net/emea/"),
            "key not endorsed for msteams" => _rig.Issuer.Token(ServiceUrl, key: _rig.Issuer.WebChatKey),
            _ => throw new ArgumentOutOfRangeException(nameof(spoiled)),
        };

        var response = await SendAsync(Activities.Personal("ask what is macie", ServiceUrl), token);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await Task.Delay(200);
        _rig.Connector.Calls.ShouldBeEmpty();
    }

    public static TheoryData<string> NotForCoach => ["webchat channel", "directline channel", "other tenant", "no tenant", "other recipient"];

    /// <summary>A good token is not enough: the activity must be Teams', from Coach's tenant, and for Coach.</summary>
    [Theory]
    [MemberData(nameof(NotForCoach))]
    public async Task An_activity_from_another_channel_tenant_or_for_another_bot_is_refused_and_nothing_is_sent(string spoiled)
    {
        var activity = Activities.Personal("coach progress", ServiceUrl);
        switch (spoiled)
        {
            case "webchat channel": activity["channelId"] = "webchat"; break;
            case "directline channel": activity["channelId"] = "directline"; break;
            case "other tenant":
                activity["conversation"]!["tenantId"] = "tenant-2";
                activity["channelData"]!["tenant"]!["id"] = "tenant-2";
                break;
            case "no tenant":
                activity["conversation"]!.AsObject().Remove("tenantId");
                activity.Remove("channelData");
                break;
            case "other recipient": activity["recipient"]!["id"] = "28:99999999-2222-3333-4444-555555555555"; break;
            default: throw new ArgumentOutOfRangeException(nameof(spoiled));
        }

        // Signed with a key endorsed for Web Chat and Direct Line, so that the token itself is good for those channels.
        var key = spoiled.EndsWith(" channel", StringComparison.Ordinal) ? _rig.Issuer.WebChatKey : null;
        var response = await SendAsync(activity, _rig.Issuer.Token(ServiceUrl, key: key));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await Task.Delay(200);
        _rig.Connector.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_activity_naming_a_service_url_off_the_allow_list_is_refused_and_that_url_gets_nothing()
    {
        await using var stranger = await FakeConnector.StartAsync();
        var strangerUrl = stranger.ServiceUrl.ToString();

        var response = await SendAsync(Activities.Personal("ask what is macie", strangerUrl), _rig.Issuer.Token(strangerUrl));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await Task.Delay(200);
        stranger.Calls.ShouldBeEmpty();
        stranger.Unauthorized.ShouldBe(0, "not even a request without a token");
    }

    [Fact]
    public async Task Malformed_and_oversized_bodies_are_refused_and_unknown_activities_ignored()
    {
        var token = _rig.Issuer.Token(ServiceUrl);
        (await SendRawAsync("{not json", token)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SendRawAsync("""{"type":"message"}""", token)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await SendRawAsync(new string(' ', 300_000) + "{}", token)).StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var typing = Activities.Personal("", ServiceUrl);
        typing["type"] = "typing";
        (await SendAsync(typing, token)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await SendAsync(Activities.Personal("help", ServiceUrl), token)).StatusCode.ShouldBe(HttpStatusCode.OK, "the host still serves");
    }

    private Task<HttpResponseMessage> SendAsync(JsonObject activity, string? token) => SendRawAsync(activity.ToJsonString(), token);

    private Task<HttpResponseMessage> SendRawAsync(string body, string? token) => _rig.SendRawAsync(body, token);

    private static string Unsigned(string serviceUrl)
    {
        static string Part(string json) => Base64UrlEncoder.Encode(json);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return $"{Part("""{"alg":"none","typ":"JWT"}""")}.{Part($$"""{"iss":"https://api.botframework.com","aud":"{{LoopbackIssuer.AppId}}","nbf":{{now - 60}},"exp":{{now + 3600}},"serviceurl":"{{serviceUrl}}"}""")}.";
    }

    private static string Tampered(string token)
    {
        var parts = token.Split('.');
        var payload = Base64UrlEncoder.Decode(parts[1]).Replace(LoopbackIssuer.AppId, LoopbackIssuer.AppId.Replace('1', '9'), StringComparison.Ordinal);
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";
    }
}
