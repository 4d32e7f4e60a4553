using System.Net;

namespace Coach.Slack.Api;

/// <summary>Pauses a Web API method (<see cref="SlackRetryAfterGate"/>) when one of its attempts is answered 429; inside the retries, so every attempt counts.</summary>
internal sealed class SlackRetryAfterPause(SlackRetryAfterGate gate) : DelegatingHandler
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(1);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            gate.Pause(SlackRetryAfterGate.MethodOf(request), response.Headers.RetryAfter?.Delta ?? DefaultWait);
        }

        return response;
    }
}
