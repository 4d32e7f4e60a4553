using Coach.Core.Ports;

namespace Coach.Host.Health;

internal static class HealthEndpoints
{
    /// <summary><c>GET /healthz</c>: 200 with what is served, for load balancers and people alike.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", (IQuestionBank bank) => Results.Ok(new HealthReport("ok", bank.Questions.Count)));
        return endpoints;
    }

    private sealed record HealthReport(string Status, int Questions);
}
