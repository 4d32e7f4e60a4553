using Coach.Core.App;

namespace Coach.Slack.Api;

/// <summary>Slack answered <c>ok: false</c>; <see cref="Error"/> is its error code, e.g. <c>not_in_channel</c>.</summary>
public sealed class SlackApiException(string method, string error)
    : ChatPlatformException($"Slack {method} failed: {error}", AdviceFor(error))
{
    public string Method { get; } = method;

    public string Error { get; } = error;

    private static string AdviceFor(string error) => error switch
    {
        "not_in_channel" or "channel_not_found" => "I'm not in this channel yet. Invite me with `/invite @Coach`, then try again.",
        "is_archived" => "This channel is archived, so I can't post in it.",
        "msg_too_long" or "invalid_blocks" => "That message came out too long for Slack; please try a narrower question.",
        "ratelimited" => "Slack is asking me to slow down; please try again in a minute.",
        _ => "Slack refused my reply. Please try again in a moment.",
    };
}
