using System.Net;

namespace Coach.Core.Telemetry;

/// <summary>What counts against a platform's health in the adapters' circuit breakers.</summary>
public static class PlatformFailures
{
    /// <summary>
    /// Server errors, timeouts and network failures: signs the platform is broken. A 429 is not:
    /// it is the platform asking for patience (a daily fan-out meets it by design), and breaking the
    /// circuit on it would fail every post for the break instead of waiting the Retry-After.
    /// </summary>
    public static bool BreakCircuit(HttpResponseMessage? response, Exception? exception) =>
        exception is not null || response is { StatusCode: >= HttpStatusCode.InternalServerError or HttpStatusCode.RequestTimeout };
}
