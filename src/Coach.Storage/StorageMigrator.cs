using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Coach.Storage;

/// <summary>Applies schema migrations before anything else in the host starts using storage.</summary>
internal sealed partial class StorageMigrator(ICoachDatabase database, ILogger<StorageMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await database.MigrateAsync(cancellationToken);
        LogReady(database.Location, applied.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage ready at {Location} ({Applied} migration(s) applied now)")]
    private partial void LogReady(string location, int applied);
}
