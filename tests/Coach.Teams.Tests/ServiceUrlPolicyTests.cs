using Coach.Teams.Auth;

namespace Coach.Teams.Tests;

public sealed class ServiceUrlPolicyTests
{
    private static readonly ServiceUrlPolicy Policy = new([new Uri("http://localhost:56150/_connector/")]);

    /// <summary>The service URLs Teams really sends activities with, in each cloud.</summary>
    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/apac/")]
    [InlineData("https://smba.trafficmanager.net/in/")]
    [InlineData("https://SMBA.trafficmanager.net/emea/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/teams")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/teams")]
    [InlineData("https://smba.infra.dod.teams.microsoft.us/teams")]
    public void Teams_own_service_urls_are_allowed(string url) => Policy.Allows(url).ShouldBeTrue();

    [Theory]
    [InlineData("http://localhost:56150/_connector")]
    [InlineData("http://localhost:56150/_connector/")]
    [InlineData("http://localhost:56150/_connector/v3")]
    public void Configured_urls_are_allowed(string url) => Policy.Allows(url).ShouldBeTrue();

    [Theory]
    [InlineData("http://smba.trafficmanager.net/emea/")] // plain HTTP
    [InlineData("https://smba.trafficmanager.net:8443/emea/")] // another port
    [InlineData("https://smba.trafficmanager.net.evil.example/emea/")]
    [InlineData("https://evil.example/smba.trafficmanager.net/")]
    [InlineData("https://evilsmba.trafficmanager.net/")]
    [InlineData("https://other.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net.botframework.com/emea/")]
    [InlineData("https://directline.botframework.com/")] // Direct Line clients choose their own from.id
    [InlineData("https://webchat.botframework.com/")]
    [InlineData("https://canary.teams.microsoft.com/")]
    [InlineData("https://user:pass@evil.example/")]
    [InlineData("http://localhost:56151/_connector/")] // another port
    [InlineData("http://localhost:56150/_connectorX")]
    [InlineData("http://localhost:56150/")]
    [InlineData("not a url")]
    [InlineData(null)]
    public void Anything_else_is_refused(string? url) => Policy.Allows(url).ShouldBeFalse();
}
