using Dapper;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Coach.Storage;

/// <summary>
/// Ready when the database answers a trivial query within a few seconds. <c>/readyz</c> is served on
/// the public port, so it says healthy or not and never where the database is (host, file, name).
/// </summary>
internal sealed class StorageHealthCheck(ICoachDatabase database) : IHealthCheck
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Patience);
        try
        {
            await using var connection = await database.OpenAsync(timeout.Token);
            await connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: timeout.Token));
            return HealthCheckResult.Healthy("answering");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The reason, not the exception: a connection error can carry the connection string's host and user.
            return HealthCheckResult.Unhealthy($"unreachable: {ex.GetType().Name}");
        }
    }
}
