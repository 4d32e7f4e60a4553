using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Coach.Core.App;

/// <summary>Keeps this process's leases on its kept turns alive and takes over turns whose replica is gone: at start, then every quarter lease.</summary>
internal sealed class TurnInboxKeeper(TurnInbox inbox, IOptions<TurnOptions> options) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Lease / 4, TurnInbox.LeaseClock);
        try
        {
            do
            {
                await inbox.KeepAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the turns in hand are drained by PendingTurnsWorker.
        }
    }
}
