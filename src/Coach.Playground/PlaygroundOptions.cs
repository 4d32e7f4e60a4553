using Microsoft.Extensions.Configuration;

namespace Coach.Playground;

/// <summary><c>Coach:Playground</c>: the local web chat.</summary>
public sealed class PlaygroundOptions
{
    public const string Section = "Coach:Playground";

    /// <summary><c>auto</c> (on when no platform is configured), <c>true</c> or <c>false</c>.</summary>
    public string Enabled { get; set; } = "auto";

    /// <summary>Whether the playground runs, given the whole configuration.</summary>
    /// <returns>False with no error when it is off; an error when <c>Enabled</c> is none of the three values.</returns>
    public static bool IsOn(IConfiguration configuration, out string? error)
    {
        error = null;
        var enabled = configuration[$"{Section}:Enabled"] ?? "auto";
        switch (enabled.Trim().ToLowerInvariant())
        {
            case "true":
                return true;
            case "false":
                return false;
            case "auto":
                return !PlatformKeys.Any(key => !string.IsNullOrWhiteSpace(configuration[key]));
            default:
                error = $"Coach:Playground:Enabled must be auto, true or false, not \"{enabled}\".";
                return false;
        }
    }

    // Any one of these means a real platform is wired up.
    private static readonly string[] PlatformKeys =
    [
        "Coach:Slack:BotToken", "Coach:Slack:SigningSecret", "Coach:Slack:AppToken", "Coach:Teams:AppId",
    ];
}
