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

    [Fact]
    public void Another_value_is_a_configuration_error()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Coach:Playground:Enabled"] = "yes" }).Build();

        PlaygroundOptions.IsOn(configuration, out var error).ShouldBeFalse();
        error.ShouldBe("Coach:Playground:Enabled must be auto, true or false, not \"yes\".");
    }
}
