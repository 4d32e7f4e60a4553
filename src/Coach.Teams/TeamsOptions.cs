namespace Coach.Teams;

/// <summary>Microsoft Teams through the Bot Framework: <c>Coach:Teams</c>.</summary>
public sealed class TeamsOptions
{
    public const string Section = "Coach:Teams";

    /// <summary>The bot's Microsoft App ID; setting it turns Teams on.</summary>
    public string? AppId { get; set; }

    /// <summary>The app's client secret (an environment variable, never a file); or use <see cref="ManagedIdentityClientId"/>.</summary>
    public string? AppPassword { get; set; }

    /// <summary>The single tenant the bot is registered in.</summary>
    public string? TenantId { get; set; }

    /// <summary>A user-assigned managed identity to obtain tokens with, instead of <see cref="AppPassword"/>.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Where the Bot Framework publishes its token signing keys. Plain HTTP only on loopback (tests).</summary>
    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>Service URLs besides Teams' own that Coach may send its token to (local tools, tests).</summary>
    public IList<Uri> AllowedServiceUrls { get; } = [];

    /// <summary>Accept activities without a token: for local tools only, warned about at start-up.</summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>How long one connector call may take before it is given up and tried again.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(AppId);
}
