namespace Coach.Core.Telemetry;

/// <summary>
/// Counts a platform's failed HTTP calls, each attempt on its own (it sits inside the retry
/// handler), so a burst of 429s shows even when the retries succeed in the end.
/// </summary>
public sealed class PlatformCallMetrics(CoachMetrics metrics, string platform) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                metrics.PlatformError(platform, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return response;
        }
        catch (OperationCanceledException)
        {
            // Inside the retry handler the token is the attempt's own: cancelled means the attempt timed out.
            metrics.PlatformError(platform, "timeout");
            throw;
        }
        catch (HttpRequestException)
        {
            metrics.PlatformError(platform, "network");
            throw;
        }
    }
}
