using Microsoft.Extensions.Configuration;

namespace Coach.Playground.Tests.Api;

public sealed class PlaygroundOptionsTests
{
    [Theory]
    [InlineData(null, null, true)]
    [InlineData("auto", null, true)]
    [InlineData("auto", "Coach:Slack:BotToken", false)]
    [InlineData("auto", "Coach:Slack:AppToken", false)]
    [InlineData("auto", "Coach:Teams:AppId", false)]
    [InlineData("true", "Coach:Slack:BotToken", true)]
    [InlineData("false", null, false)]
    [InlineData("FALSE", null, false)]
    public void Auto_turns_the_playground_on_only_when_no_platform_is_configured(string? enabled, string? platformKey, bool on)
    {
        var settings = new Dictionary<string, string?>();
        if (enabled is not null)
        {
            settings["Coach:Playground:Enabled"] = enabled;
        }

        if (platformKey is not null)
        {
            settings[platformKey] = "configured";
        }

        PlaygroundOptions.IsOn(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), out var error).ShouldBe(on);
        error.ShouldBeNull();
    }

    [Theory]
    [InlineData(null, null)] // the default, http://localhost:5080
    [InlineData("http://127.0.0.1:5080", null)]
    [InlineData("http://localhost:5080;http://[::1]:5080", null)]
    [InlineData("http://0.0.0.0:5080", "http://0.0.0.0:5080")]
    [InlineData("http://+:8080", "http://+:8080")]
    [InlineData("http://*:8080", "http://*:8080")]
    [InlineData("http://[::]:5080", "http://[::]:5080")]
    [InlineData("http://127.0.0.1:5080;http://coach.example.com:80", "http://coach.example.com:80")]
    public void The_playground_serves_loopback_addresses_only(string? urls, string? refused)
    {
        var settings = new Dictionary<string, string?> { ["urls"] = urls };

        var refusal = PlaygroundOptions.RemoteRefusal(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

        if (refused is null)
        {
            refusal.ShouldBeNull();
        }
        else
        {
            refusal.ShouldNotBeNull().ShouldContain($"would listen on {refused}.");
            refusal.ShouldContain("Coach:Playground:AllowRemote=true");
        }

        settings["Coach:Playground:AllowRemote"] = "true";
        PlaygroundOptions.RemoteRefusal(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).ShouldBeNull();
    }

    [Theory]
    [InlineData("auto")]
    [InlineData("true")]
    public void The_service_refuses_to_start_with_the_playground_on_every_interface(string enabled)
    {
        var refused = Should.Throw<InvalidOperationException>(() => Coach.Host.CoachWebApp.Build(["--urls", "http://0.0.0.0:0", "--Coach:Playground:Enabled", enabled]));

        refused.Message.ShouldContain("The playground has no sign-in and would listen on http://0.0.0.0:0");
    }

    [Fact]
    public void Another_value_is_a_configuration_error()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Coach:Playground:Enabled"] = "yes" }).Build();

        PlaygroundOptions.IsOn(configuration, out var error).ShouldBeFalse();
        error.ShouldBe("Coach:Playground:Enabled must be auto, true or false, not \"yes\".");
    }
}
