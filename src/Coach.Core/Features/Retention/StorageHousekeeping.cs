using Coach.Core.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Coach.Core.Features.Retention;

/// <summary>
/// What storage lets go of with time: platform event ids after a day (platforms stop retrying
/// deliveries within minutes), people's answers and replies after <c>Coach:Storage:KeepAnswersFor</c>.
/// Every replica may run it; each delete is by age, so two at once delete nothing twice.
/// </summary>
public sealed partial class StorageHousekeeping(
    IProcessedEvents events, IPersonalData personalData, IOptions<RetentionOptions> retention, TimeProvider time, ILogger<StorageHousekeeping> logger)
{
    public static readonly TimeSpan ProcessedEventsKept = TimeSpan.FromDays(1);

    /// <summary>How often <see cref="HousekeepingService"/> runs a pass: answers age out by the day, so an hourly look is soon enough.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromHours(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await events.ForgetAsync(now - ProcessedEventsKept, cancellationToken);
        var pruned = await personalData.PruneAsync(now - retention.Value.KeepAnswersFor, cancellationToken);
        if (pruned > 0)
        {
            LogPruned(pruned, retention.Value.KeepAnswersFor);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Count} answer(s) and reply(ies) older than {KeepFor} (Coach:Storage:KeepAnswersFor)")]
    private partial void LogPruned(int count, TimeSpan keepFor);
}
