using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Coach.Core.App;

/// <summary>Runs queued turns through Coach one at a time, each with a deadline, so no turn can hold up the rest for ever.</summary>
internal sealed partial class PendingTurnsWorker(PendingTurns queue, CoachApp app, ILogger<PendingTurnsWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (turn, platform) in queue.ReadAllAsync(stoppingToken))
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            deadline.CancelAfter(Deadline);
            try
            {
                await app.DispatchAsync(turn, platform, deadline.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                LogDeadlineMissed(turn.Kind, turn.Channel.Platform, Deadline);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Kind} turn from {Platform} took longer than {Deadline} and was stopped")]
    private partial void LogDeadlineMissed(TurnKind kind, string platform, TimeSpan deadline);
}
