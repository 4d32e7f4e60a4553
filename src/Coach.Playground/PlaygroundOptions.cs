using Microsoft.Extensions.Configuration;

namespace Coach.Playground;

/// <summary><c>Coach:Playground</c>: the local web chat.</summary>
public sealed class PlaygroundOptions
{
    public const string Section = "Coach:Playground";

    /// <summary><c>auto</c> (on when no platform is configured), <c>true</c> or <c>false</c>.</summary>
    public string Enabled { get; set; } = "auto";

    /// <summary>
    /// The playground has no sign-in: anyone who reaches it can post as anyone and read the bank. So it
    /// serves only when every address the host listens on is loopback, unless this says otherwise.
    /// </summary>
    public bool AllowRemote { get; set; }

    /// <returns>Why the playground must not start on the configured addresses (<c>Urls</c>), or null when it may.</returns>
    public static string? RemoteRefusal(IConfiguration configuration)
    {
        if (configuration.GetValue<bool>($"{Section}:AllowRemote"))
        {
            return null;
        }

        var urls = (configuration["urls"] ?? "http://localhost:5080").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var remote = urls.Where(url => !IsLoopback(url)).ToList();
        return remote.Count == 0
            ? null
            : $"The playground has no sign-in and would listen on {string.Join(", ", remote)}. It serves loopback addresses only " +
              "(--urls http://127.0.0.1:5080); set Coach:Playground:AllowRemote=true to serve it elsewhere, or Coach:Playground:Enabled=false to turn it off.";
    }

    // "+", "*", "0.0.0.0", "[::]" and host names are every interface, or may be; only loopback is local.
    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url.Replace("://+", "://any", StringComparison.Ordinal).Replace("://*", "://any", StringComparison.Ordinal), UriKind.Absolute, out var uri)
        && uri.IsLoopback;

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
