using System.Collections.Concurrent;

namespace Coach.Slack.Api;

/// <summary>
/// Slack's <c>Retry-After</c> speaks for a Web API method across the workspace, not for the one
/// request that got it. Once Slack says wait, every call of that method from this process waits
/// that long, instead of each retrying on its own into another 429 (a daily fan-out to a thousand
/// channels would otherwise turn one rate limit into hundreds).
/// </summary>
public sealed class SlackRetryAfterGate(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _resumeAt = new(StringComparer.Ordinal);

    /// <summary>How long calls of <paramref name="method"/> must still wait; zero when they may go.</summary>
    public TimeSpan Remaining(string method) =>
        _resumeAt.TryGetValue(method, out var resumeAt) && resumeAt - time.GetUtcNow() is { Ticks: > 0 } wait ? wait : TimeSpan.Zero;

    /// <summary>The Web API method a request calls: the last segment of its URL (<c>chat.postMessage</c>).</summary>
    public static string MethodOf(HttpRequestMessage request) => request.RequestUri?.Segments[^1] ?? "";

    public void Pause(string method, TimeSpan wait)
    {
        var resumeAt = time.GetUtcNow() + wait;
        _resumeAt.AddOrUpdate(method, resumeAt, (_, current) => current > resumeAt ? current : resumeAt);
    }
}
