using Coach.Core.Ports;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Coach.QuestionBank;

/// <summary>Ready once the decks are indexed: a Coach with no questions has nothing to post or answer.</summary>
internal sealed class IndexHealthCheck(IQuestionBank bank) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(bank.Questions.Count > 0
            ? HealthCheckResult.Healthy($"{bank.Questions.Count} questions indexed")
            : HealthCheckResult.Unhealthy("no questions indexed (yet): see the log for the decks' problems"));
}
