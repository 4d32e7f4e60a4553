using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Coach.Slack;

/// <summary>Ready once Slack has told Coach who it is (<c>auth.test</c>): the token works and Slack is reachable.</summary>
internal sealed class SlackHealthCheck(SlackIdentityHolder identity) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(identity.IsKnown
            ? HealthCheckResult.Healthy($"connected as {identity.BotUserId}")
            : HealthCheckResult.Unhealthy("auth.test has not succeeded yet"));
}
