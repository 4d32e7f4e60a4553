using System.Text.Json;
using Coach.Core.Ports;
using Coach.Core.Telemetry;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Coach.Host.Health;

internal static class HealthEndpoints
{
    /// <summary>
    /// <c>GET /healthz</c>: alive (200 with what is served), for restarts. <c>GET /readyz</c>: ready
    /// for traffic (decks indexed, storage reachable, platforms connected), 503 with the failing
    /// part named when not, for load balancers.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (IQuestionBank bank) => Results.Ok(new HealthReport("ok", bank.Questions.Count)));
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(Readiness.Tag),
            ResponseWriter = WriteReadinessAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return endpoints;
    }

    private static Task WriteReadinessAsync(HttpContext context, Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new ReadinessReport(
            report.Status == HealthStatus.Unhealthy ? "not ready" : "ready",
            report.Entries.ToDictionary(entry => entry.Key, entry => new CheckReport(entry.Value.Status.ToString().ToLowerInvariant(), entry.Value.Description ?? "")));
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonOptions), context.RequestAborted);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record HealthReport(string Status, int Questions);

    private sealed record ReadinessReport(string Status, IReadOnlyDictionary<string, CheckReport> Checks);

    private sealed record CheckReport(string Status, string Description);
}
