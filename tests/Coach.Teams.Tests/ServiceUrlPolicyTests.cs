using Coach.Teams.Auth;

namespace Coach.Teams.Tests;

public sealed class ServiceUrlPolicyTests
{
    private static readonly ServiceUrlPolicy Policy = new([new Uri("http://localhost:56150/_connector/")]);

    [Theory]
    [InlineData("https://smba.trafficmanager.net.botframework.com/emea/")]
    [InlineData("https://smba.botframework.com/amer/")]
    [InlineData("https://canary.teams.microsoft.com/")]
    [InlineData("http://localhost:56150/_connector")]
    [InlineData("http://localhost:56150/_connector/")]
    [InlineData("http://localhost:56150/_connector/v3")]
    public void Teams_hosts_and_configured_urls_are_allowed(string url) => Policy.Allows(url).ShouldBeTrue();

    [Theory]
    [InlineData("http://smba.botframework.com/amer/")] // plain HTTP
    [InlineData("https://botframework.com.evil.example/")]
    [InlineData("https://evilbotframework.com/")]
    [InlineData("http://localhost:56151/_connector/")] // another port
    [InlineData("http://localhost:56150/_connectorX")]
    [InlineData("http://localhost:56150/")]
    [InlineData("not a url")]
    [InlineData(null)]
    public void Anything_else_is_refused(string? url) => Policy.Allows(url).ShouldBeFalse();
}
