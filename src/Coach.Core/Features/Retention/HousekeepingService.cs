using Coach.Core.App;
using Microsoft.Extensions.Logging;

namespace Coach.Core.Features.Retention;

/// <summary>Runs <see cref="StorageHousekeeping"/> at start and then every <see cref="StorageHousekeeping.Every"/> of the injected clock.</summary>
internal sealed class HousekeepingService(StorageHousekeeping housekeeping, TimeProvider time, ILogger<HousekeepingService> logger)
    : PeriodicService("Housekeeping", StorageHousekeeping.Every, time, logger)
{
    protected override Task RunPassAsync(CancellationToken cancellationToken) => housekeeping.RunAsync(cancellationToken);
}
