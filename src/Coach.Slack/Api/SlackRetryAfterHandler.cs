using System.Net;

namespace Coach.Slack.Api;

/// <summary>Holds each call back while its method is paused (<see cref="SlackRetryAfterGate"/>) and pauses the method on a 429.</summary>
internal sealed class SlackRetryAfterHandler(SlackRetryAfterGate gate, TimeProvider time) : DelegatingHandler
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(1);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.RequestUri?.Segments[^1] ?? "";
        if (gate.Remaining(method) is { } wait && wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            gate.Pause(method, response.Headers.RetryAfter?.Delta ?? DefaultWait);
        }

        return response;
    }
}
