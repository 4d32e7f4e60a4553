namespace Coach.Slack.Api;

/// <summary>
/// Holds each call back while its method is paused (<see cref="SlackRetryAfterGate"/>). Outside the
/// resilience handler: a wait inside it would run under the attempt timeout, so a Retry-After longer
/// than an attempt (10 s) would time out, be retried into the same wait and count against the
/// circuit breaker, failing a whole fan-out for what is only a request for patience.
/// </summary>
internal sealed class SlackRetryAfterWait(SlackRetryAfterGate gate, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (gate.Remaining(SlackRetryAfterGate.MethodOf(request)) is { } wait && wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
