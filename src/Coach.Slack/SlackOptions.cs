namespace Coach.Slack;

/// <summary><c>Coach:Slack</c>. Secrets come from the environment or user-secrets, never from a committed file.</summary>
public sealed class SlackOptions
{
    public const string Section = "Coach:Slack";

    /// <summary>The bot token (<c>xoxb-…</c>) every Web API call carries.</summary>
    public string? BotToken { get; set; }

    /// <summary>Turns on the HTTP receiver; every request is checked against it.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>An app-level token (<c>xapp-…</c>) turns on Socket Mode: no public URL needed.</summary>
    public string? AppToken { get; set; }

    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>How long one Web API attempt may take before it is given up and tried again.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SigningSecret) || !string.IsNullOrWhiteSpace(AppToken);
}
